/**
 * A page's lines as a typesetter places them: each at its own position, 14 pt apart, a paragraph's
 * indent (leading ideographic spaces) as a shift to the right rather than as characters.
 */
function placed(lines: string[], encode: (line: string) => string): string {
  const ops = lines.map((line, i) => {
    const indent = /^\u3000*/u.exec(line)![0].length;
    return `1 0 0 1 ${40 + 12 * indent} ${800 - 14 * i} Tm <${encode(line.slice(indent))}> Tj`;
  });
  return `BT /F1 12 Tf ${ops.join(' ')} ET`;
}

/**
 * A tiny PDF writer for tests: pages of lines in a CID font, the two ways Chinese PDFs carry their text.
 * `identity` (the default): codes are the font's own CIDs (Identity-H) and a ToUnicode map says what they
 * are. `UniGB-UCS2-H`: the standard Chinese font STSong-Light, not embedded, its codes UCS-2 through the
 * predefined CMap the PDF only names, and no ToUnicode map — how many government PDFs are made; a reader
 * needs the CMap data to read them. No glyphs are embedded either way.
 */
export function makePdf(pages: string[][], encoding: 'identity' | 'UniGB-UCS2-H' = 'identity'): Buffer {
  if (encoding === 'UniGB-UCS2-H') return makePredefinedCmapPdf(pages);
  const chars = [...new Set(pages.flat().join(''))];
  const cid = new Map(chars.map((ch, i) => [ch, i + 1]));
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (ch: string) =>
    [...Buffer.from(ch, 'utf16le')].reduce(
      (out, b, i, all) =>
        i % 2 === 0 ? out + (all[i + 1] ?? 0).toString(16).padStart(2, '0') + b.toString(16).padStart(2, '0') : out,
      '',
    );
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100);
    blocks.push(
      `${part.length} beginbfchar\n${part.map((ch) => `<${hex(cid.get(ch) ?? 0)}> <${utf16(ch)}>`).join('\n')}\nendbfchar`,
    );
  }
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Test-UCS def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n${blocks.join('\n')}\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageIds = pages.map((_, i) => 7 + i * 2);
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>',
  );
  add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>',
  );
  add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  // A CIDFont must have a descriptor (PDF 32000 9.7.4); without one pdf.js reads it as a one-byte font.
  add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  pages.forEach((lines, i) => {
    const content = placed(lines, (l) => [...l].map((ch) => hex(cid.get(ch) ?? 0)).join(''));
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  });
  return serialised(objects);
}

function makePredefinedCmapPdf(pages: string[][]): Buffer {
  const ucs2 = (line: string) =>
    [...line].map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0')).join('');
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageIds = pages.map((_, i) => 6 + i * 2);
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
  );
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
  );
  add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  pages.forEach((lines, i) => {
    const content = placed(lines, ucs2);
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  });
  return serialised(objects);
}

/** Numbered objects, the cross-reference table and the trailer: a PDF file. */
function serialised(objects: string[]): Buffer {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
