/**
 * One suggested site name per checked name (#24 item 8): every word the name rules object to is taken out together,
 * a tail is added when too little is left, and a candidate is offered only once the same engine, with the same
 * subject type, province, services and remark, finds nothing wrong with it. Single-rule examples used to contradict
 * each other (张伟的技术博客 → 张伟的博客 / 张伟的技术), each failing another rule.
 */
import type { NameCheckInput, NameFinding } from './types';
import { charStats } from './text';

/** Rules that ask for something to be added to the name; every other name rule points at words to take out. */
const ADDING_RULES = new Set(['name.too-short', 'name.no-chinese', 'name.english-dominant', 'name.empty']);
const TAILS = ['笔记', '随笔', '手记', '学习笔记'];
/** Names that say what a personal site holds, for when nothing of the original name can stay. */
const FALLBACKS = ['读书笔记', '山间徒步笔记', '摄影手记', '个人学习记录'];
/** What is left cannot end on a word that needs another after it (小明的个人 reads cut off). */
const DANGLING = /(的|个人|我的|之)$/;

/** The findings a name causes by itself: its own rules and a mismatch between it and the declared services. */
export function isNameFinding(finding: NameFinding): boolean {
  return finding.rule.startsWith('name.') || finding.rule.startsWith('mismatch.') || finding.rule === 'engine.internal';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function removalsOf(findings: readonly NameFinding[]): string[] {
  return findings
    .filter((f) => f.field === 'name' && f.rule.startsWith('name.') && !ADDING_RULES.has(f.rule))
    .flatMap((f) => f.evidence.split(/[、\s]+/))
    .filter(Boolean)
    // Longest first, so 个人博客 goes before 博客 leaves 个人 behind.
    .sort((a, b) => b.length - a.length);
}

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^[\s\-的]+|[\s\-]+$/g, '');
}

function candidatesFor(name: string, findings: readonly NameFinding[]): string[] {
  let rest = name;
  for (const word of removalsOf(findings)) rest = rest.replace(new RegExp(escapeRegExp(word), 'gi'), '');
  const kept = tidy(rest);
  const bare = kept.replace(/的$/, '');
  const candidates: string[] = [];
  if (charStats(bare).han > 0) {
    if (!DANGLING.test(bare)) candidates.push(bare);
    for (const tail of TAILS) candidates.push(`${kept}${tail}`, `${bare}${tail}`);
  } else if (bare !== '') {
    // Only letters or digits left: a Chinese tail gives the name the Chinese it needs.
    for (const tail of TAILS) candidates.push(`${bare}${tail}`);
  }
  candidates.push(...FALLBACKS);
  return [...new Set(candidates)].filter((candidate) => candidate !== name && charStats(candidate).counted >= 3);
}

/**
 * The first candidate the engine passes for the name, or undefined when the name needs none or none passes.
 * `recheck` runs the rules on the input with another name (the engine's own rule run, without suggestions).
 */
export function proposeName(
  input: NameCheckInput,
  findings: readonly NameFinding[],
  recheck: (input: NameCheckInput) => NameFinding[],
): string | undefined {
  const name = typeof input?.name === 'string' ? input.name.trim() : '';
  // An empty name gets asked for, not invented.
  if (name === '' || !findings.some(isNameFinding)) return undefined;
  return candidatesFor(name, findings).find((candidate) => !recheck({ ...input, name: candidate }).some(isNameFinding));
}

/** The proposal goes once, on the first finding about the name; its advice text says it was checked. */
export function attachProposal(findings: NameFinding[], proposal: string | undefined): NameFinding[] {
  if (!proposal) return findings;
  const onName = findings.findIndex((f) => f.field === 'name' && isNameFinding(f));
  const first = onName >= 0 ? onName : findings.findIndex(isNameFinding);
  if (first < 0) return findings;
  return findings.map((finding, index) => {
    if (index !== first) return finding;
    return { ...finding, suggestedName: proposal, suggestion: `${finding.suggestion ?? ''}可改为「${proposal}」（已按相同条件复查通过）。` };
  });
}
