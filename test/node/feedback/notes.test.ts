/** The notes request (its document against the contract) and the mapping of its answer. */
import {readFileSync} from 'node:fs';
import {buildSchema, parse, validate} from 'graphql';
import {expect} from '../../expect.js';
import {MAX_NOTE, characters, notesDocument, notesOf, toNote, toNotesPage} from '../../../src/feedback/notes.js';

const schema = buildSchema(readFileSync('schema/customer-360.graphql', 'utf8'));
const note = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  author: 'Ana',
  at: '2026-12-01T10:00:00Z',
  text: `note ${id}`,
  ...extra,
});

describe('notesDocument', () => {
  for (const count of [1, 3]) {
    it(`is valid against the contract for ${count} customer(s)`, () => {
      expect(validate(schema, parse(notesDocument(count))).map((e) => e.message)).to.deep.equal([]);
    });
  }
  it('is named Customer360Notes and asks one aliased customer per card', () => {
    const text = notesDocument(2);
    expect(text).to.match(/^query Customer360Notes\(/);
    expect(text).to.contain('c0:customer(id:$id0)').and.contain('c1:customer(id:$id1)');
  });
});

describe('toNote', () => {
  it('maps a note, its date as a Date', () => {
    expect(toNote(note('n1'))).to.deep.equal({id: 'n1', author: 'Ana', at: new Date('2026-12-01T10:00:00Z'), text: 'note n1'});
  });
  it('keeps markup as text (it is rendered as text)', () => {
    expect(toNote(note('n1', {text: '<img src=x onerror=alert(1)>'}))?.text).to.equal('<img src=x onerror=alert(1)>');
  });
  it('drops a note without id, text or a readable date', () => {
    expect(toNote(note('n1', {id: 7}))).to.equal(undefined);
    expect(toNote(note('n1', {text: null}))).to.equal(undefined);
    expect(toNote(note('n1', {at: 'yesterday'}))).to.equal(undefined);
    expect(toNote(null)).to.equal(undefined);
  });
  it('counts characters as the contract does, an emoji as one, and never cuts one in two', () => {
    expect(characters('😀'.repeat(2000))).to.equal(2000);
    const mapped = toNote(note('n1', {text: '😀'.repeat(2001)}))!;
    expect(mapped.text).to.equal('😀'.repeat(2000));
  });
  it('isolates a right-to-left author and cuts an over-long text', () => {
    const mapped = toNote(note('n1', {author: 'שרה\u202E', text: 'x'.repeat(MAX_NOTE + 5)}))!;
    expect(mapped.author.startsWith('\u2068') && mapped.author.endsWith('\u2069')).to.equal(true);
    expect(mapped.text).to.have.length(MAX_NOTE);
  });
});

describe('toNotesPage / notesOf', () => {
  it('keeps the order (newest first) and the total', () => {
    const page = toNotesPage({id: 'c1', notes: {totalCount: 9, edges: [{node: note('a')}, {node: note('b')}]}}, 'c1');
    expect(page?.total).to.equal(9);
    expect(page?.items.map((n) => n.id)).to.deep.equal(['a', 'b']);
  });
  it('refuses the notes of another customer', () => {
    expect(toNotesPage({id: 'c2', notes: {totalCount: 1, edges: [{node: note('a')}]}}, 'c1')).to.equal(undefined);
  });
  it('a total below what came is what came', () => {
    expect(toNotesPage({id: 'c1', notes: {totalCount: 0, edges: [{node: note('a')}]}}, 'c1')?.total).to.equal(1);
  });
  it('reads a batch by alias, and a validation error as no notes on that server', () => {
    const answer = {status: 200, data: {c0: {id: 'x', notes: {totalCount: 0, edges: []}}, c1: null}};
    expect(notesOf(answer, 0, 'x')).to.deep.equal({total: 0, items: []});
    expect(notesOf(answer, 1, 'y')).to.equal('failed');
    const old = {status: 400, errors: [{message: 'Cannot query field "notes" on type "Customer".'}]};
    expect(notesOf(old, 0, 'x')).to.equal('unsupported');
  });
});
