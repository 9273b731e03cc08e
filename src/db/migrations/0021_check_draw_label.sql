-- Who drew a month's checks when no user did (decision 0020): 'automatisch' for the server's monthly draw,
-- 'opdrachtregel' for `meedoen checks draw`. NULL when drawn_by names the user.
ALTER TABLE check_draws ADD COLUMN drawn_by_label text;
ALTER TABLE check_draws ADD CONSTRAINT check_draws_drawn_by_label CHECK (drawn_by_label IN ('automatisch', 'opdrachtregel'));
