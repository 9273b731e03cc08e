import { describe, expect, it } from 'vitest';
import { benchLineList, runCli, translateCommanderMessage, type CliIO } from './program.ts';

/** An IO that records output and fails the test if a command tries to open a database. */
function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    env,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    open: async () => { throw new Error('deze opdracht had de database niet mogen openen'); },
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('meedoen command line (without a database)', () => {
  it('shows Dutch help with every command, exit code 0', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    const help = t.out();
    expect(help).toContain('Gebruik: meedoen [opties] [opdracht]');
    expect(help).toContain('Opdrachten:');
    for (const command of ['migrate', 'demo', 'generate [opties]', 'bench [opties]', 'explain [opties]', 'audit']) expect(help).toContain(command);
    expect(help).not.toMatch(/Usage:|Options:|Commands:|display help/);
  });

  it('shows the options of generate and bench in Dutch', async () => {
    const t = io();
    expect(await runCli(['generate', '--help'], t.io)).toBe(0);
    expect(t.out()).toContain('--residents <n>');
    expect(t.out()).toContain('--municipalities <m>');
    expect(t.out()).toContain('--seed <s>');
    expect(await runCli(['help', 'bench'], t.io)).toBe(0);
    expect(t.out()).toContain('--duration <s>');
    expect(t.out()).toContain('--connections <c>');
    expect(t.out()).toContain('--json <bestand>');
    expect(t.out()).toContain('--only <regels>');
  });

  it('bench --only takes known line names in measuring order, and refuses others before touching the database', async () => {
    expect(benchLineList('dashboardRegion, dashboard')).toEqual(['dashboard', 'dashboardRegion']);
    expect(benchLineList('caseload,caseload,')).toEqual(['caseload']);
    let t = io();
    expect(await runCli(['bench', '--only', 'dashboard,dashbord'], t.io)).toBe(1);
    expect(t.err()).toContain("fout: optie '--only <regels>': waarde 'dashboard,dashbord' is ongeldig: onbekende regel 'dashbord'; kies uit caseload,");
    t = io();
    expect(await runCli(['bench', '--only', ' , '], t.io)).toBe(1);
    expect(t.err()).toContain('geef één of meer regels');
  });

  it('refuses usage errors in Dutch with exit code 1', async () => {
    let t = io();
    expect(await runCli(['generate'], t.io)).toBe(1);
    expect(t.err()).toContain("fout: verplichte optie '--residents <n>' ontbreekt");
    t = io();
    expect(await runCli(['generate', '--residents', 'veel'], t.io)).toBe(1);
    expect(t.err()).toContain('--residents moet een positief geheel getal zijn');
    t = io();
    expect(await runCli(['generate', '--residents', '100', '--municipalities', '401'], t.io)).toBe(1);
    expect(t.err()).toContain('hoogstens 400');
    t = io();
    expect(await runCli(['genrate'], t.io)).toBe(1);
    expect(t.err()).toContain("fout: onbekende opdracht 'genrate'");
    expect(t.err()).toContain('(Bedoelde u generate?)');
  });

  it('refuses to generate or load demo data in production, before touching the database', async () => {
    for (const args of [['generate', '--residents', '1000'], ['demo'], ['bench'], ['explain']]) {
      const t = io({ NODE_ENV: 'production' });
      expect(await runCli(args, t.io)).toBe(1);
      expect(t.err()).toMatch(/^fout: .* is uitgeschakeld in productie \(NODE_ENV=production\)/);
    }
  });

  it('translates commander\'s own messages', () => {
    expect(translateCommanderMessage("error: unknown option '--x'")).toBe("fout: onbekende optie '--x'");
    expect(translateCommanderMessage("error: option '--seed <s>' argument missing")).toBe("fout: optie '--seed <s>' mist een waarde");
    expect(translateCommanderMessage('error: something new')).toBe('fout: something new');
  });
});
