import { bulletParts, headingLike, markdownHeadingText, splitLines, type Line } from './lines';
import { projectSource, rawRange, type Projection } from './projection';
import { headingKey, readable } from './text-keys';

/** A paragraph or a bullet of the source, with offsets into the text as given. */
export interface SourceBlock {
  /** The heading of the section it sits in; '' for text before any heading in a text with no title. */
  section: string;
  kind: 'paragraph' | 'bullet';
  /** 1-based among the section's paragraphs, or among its top-level bullets; for a sub-bullet, its parent bullet's number. */
  number: number;
  /** For a sub-bullet: its own 1-based number under its parent bullet. */
  sub?: number;
  start: number;
  end: number;
  /** Its words as they read: markup, the bullet's marker and line breaks gone. */
  text: string;
}

/** A heading and the stretch of text it governs, up to the next heading. */
export interface SourceSection {
  heading: string;
  start: number;
  end: number;
}

export interface SourceModel {
  sections: SourceSection[];
  blocks: SourceBlock[];
}

export interface ReadOptions {
  /** The source's title (the scenario's `source.title`): the line of the title block that reads so is the title. */
  title?: string;
}

/**
 * The sections and blocks of a source's text: plain text, Markdown, or HTML
 * pasted as text (see docs/scenario-format.md, "The source's text"). Offsets
 * are into `text` as given. Never throws; any text reads as something.
 */
export function readSourceText(text: string, options: ReadOptions = {}): SourceModel {
  const projection = projectSource(text);
  const lines = splitLines(projection.text);
  const titleKey = options.title === undefined ? undefined : headingKey(options.title);
  return new Reader(text, projection, lines, titleKey).read();
}

type OpenBlock = { kind: SourceBlock['kind']; number: number; sub?: number; lines: Line[]; textStart: number };

class Reader {
  private readonly sections: SourceSection[] = [];
  private readonly blocks: SourceBlock[] = [];
  private paragraphs = 0;
  private bullets = 0;
  private parent: { number: number; indent: number; subs: number } | undefined;
  private open: OpenBlock | undefined;

  constructor(
    private readonly raw: string,
    private readonly projection: Projection,
    private readonly lines: Line[],
    private readonly titleKey: string | undefined,
  ) {}

  read(): SourceModel {
    let i = this.readTitleBlock();
    let afterBreak = true;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.kind === 'blank') {
        this.close();
        afterBreak = true;
        continue;
      }
      if (line.kind === 'markdown-heading') this.startSection(markdownHeadingText(line), line);
      else if (afterBreak && this.isPlainHeading(i)) this.startSection(readable(line.text), line);
      else if (line.kind === 'bullet') this.startBullet(line);
      else if (this.open && !afterBreak) this.open.lines.push(line);
      else this.startParagraph(line);
      afterBreak = line.kind === 'markdown-heading' || this.open === undefined;
    }
    this.close();
    const last = this.sections.at(-1);
    if (last) last.end = this.raw.length;
    return { sections: this.sections, blocks: this.blocks };
  }

  /**
   * The lines before the first paragraph or bullet that could each be a heading
   * (consecutive ones only when a blank line or a bullet follows them, so that
   * a hard-wrapped opening paragraph is not taken for title lines). One is the
   * title: the one that reads as the source's title, else the first Markdown
   * heading, else the first line. Markdown headings after it open sections of
   * their own; the other lines (a series name, a byline) are neither headings nor text to cite.
   * Returns the index of the first line after the block.
   */
  private readTitleBlock(): number {
    const { lines } = this;
    const candidates: number[] = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.kind === 'blank') i++;
      else if (line.kind === 'markdown-heading') candidates.push(i++);
      else if (headingLike(line, this.titleKey)) {
        let j = i;
        while (j + 1 < lines.length && headingLike(lines[j + 1]!, this.titleKey)) j++;
        if (!this.standsAlone(j)) break;
        for (; i <= j; i++) candidates.push(i);
      } else break;
    }
    if (candidates.length === 0) return i;
    const heading = (k: number) => (lines[k]!.kind === 'markdown-heading' ? markdownHeadingText(lines[k]!) : readable(lines[k]!.text));
    const title =
      candidates.find((k) => this.titleKey !== undefined && headingKey(heading(k)) === this.titleKey) ??
      candidates.find((k) => lines[k]!.kind === 'markdown-heading') ??
      candidates[0]!;
    this.sections.push({ heading: heading(title), start: 0, end: 0 });
    for (const k of candidates) if (k > title && lines[k]!.kind === 'markdown-heading') this.startSection(heading(k), lines[k]!);
    return i;
  }

  /** Whether nothing follows line i on the next line but a blank, a bullet or a Markdown heading. */
  private standsAlone(i: number): boolean {
    const next = this.lines[i + 1];
    return next === undefined || next.kind !== 'text';
  }

  /**
   * A line of text (after a break) is a heading when it could be one, stands
   * alone, and what follows it is content: a paragraph or a bullet, not the end
   * of the text nor another line that could be a heading (a chart's caption just
   * before a heading is text of the section above).
   */
  private isPlainHeading(i: number): boolean {
    const { lines } = this;
    if (!headingLike(lines[i]!, this.titleKey) || !this.standsAlone(i)) return false;
    let j = i + 1;
    while (j < lines.length && lines[j]!.kind === 'blank') j++;
    const next = lines[j];
    if (next === undefined || next.kind === 'markdown-heading') return false;
    return !(headingLike(next, this.titleKey) && this.standsAlone(j));
  }

  private startSection(heading: string, line: Line): void {
    this.close();
    const start = rawRange(this.projection, line.start, line.end).start;
    const previous = this.sections.at(-1);
    if (previous) previous.end = start;
    this.sections.push({ heading, start, end: start });
    this.paragraphs = 0;
    this.bullets = 0;
    this.parent = undefined;
  }

  /** A bullet indented further than the bullet before it (since the last paragraph) is its sub-point; deeper levels count as sub-points too. */
  private startBullet(line: Line): void {
    this.close();
    const { indent, textStart } = bulletParts(line);
    this.ensureSection();
    if (this.parent && indent > this.parent.indent) {
      this.parent.subs++;
      this.open = { kind: 'bullet', number: this.parent.number, sub: this.parent.subs, lines: [line], textStart };
      return;
    }
    this.bullets++;
    this.parent = { number: this.bullets, indent, subs: 0 };
    this.open = { kind: 'bullet', number: this.bullets, lines: [line], textStart };
  }

  private startParagraph(line: Line): void {
    this.close();
    this.ensureSection();
    this.paragraphs++;
    this.parent = undefined;
    this.open = { kind: 'paragraph', number: this.paragraphs, lines: [line], textStart: line.start };
  }

  /** Text before any heading, in a text with no title lines, sits in an untitled section. */
  private ensureSection(): void {
    if (this.sections.length === 0) this.sections.push({ heading: '', start: 0, end: 0 });
  }

  private close(): void {
    const block = this.open;
    if (!block) return;
    this.open = undefined;
    const first = block.lines[0]!;
    const last = block.lines.at(-1)!;
    const text = this.projection.text;
    let start = first.start;
    while (start < first.end && /\s/.test(text[start]!)) start++;
    let end = last.end;
    while (end > last.start && /\s/.test(text[end - 1]!)) end--;
    const words = [text.slice(block.textStart, first.end), ...block.lines.slice(1).map((l) => l.text)].join(' ');
    this.blocks.push({
      section: this.sections.at(-1)!.heading,
      kind: block.kind,
      number: block.number,
      ...(block.sub === undefined ? {} : { sub: block.sub }),
      ...rawRange(this.projection, start, end),
      text: readable(words),
    });
  }
}
