-- A placement on an opportunity takes one of its places; creating one counts the active placements of that
-- opportunity (markFilledWhenFull in src/modules/employers/placements/service.ts). Partial: only active ones count.
CREATE INDEX placements_opportunity_active ON placements (opportunity_id) WHERE status = 'active' AND opportunity_id IS NOT NULL;
