package com.atrium.web.clearing;

import com.atrium.clearing.RunStatus;
import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A statement as the bilingual PDF 对账单: the mall, the party, the period, the run's status, every
 * line (kind in both languages, rate period, points, rate, amount), the net and who pays whom, and
 * on every page a footer with "page X of Y", the time it was generated and the run's digest (which
 * names the figures exactly: the same digest, the same statements).
 *
 * <p>The Chinese is set in Adobe's STSong-Light with the UniGB-UCS2-H encoding, a CJK font that
 * every PDF reader provides (Acrobat, pdf.js, Chrome, Preview, poppler), so OpenPDF carries its
 * metrics and the file carries no font: it stays small, and the build needs no font file.
 */
final class StatementPdf {

  private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
  private static final Color SHADE = new Color(0xF0, 0xF0, 0xF0);

  /** Lines added to the document at a time, so that a long statement is not held twice. */
  private static final int ROWS_PER_CHUNK = 200;

  private static final BaseFont FONT = font();

  private StatementPdf() {}

  /**
   * OpenPDF's CJK font, or a clear failure: without it no Chinese can be set, and a PDF of boxes
   * must never reach a tenant.
   */
  private static BaseFont font() {
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException(
          "OpenPDF's CJK font STSong-Light (UniGB-UCS2-H) is missing from the class path", e);
    }
  }

  static void write(StatementDocument d, Instant generatedAt, OutputStream out) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 48, 56);
    try {
      PdfWriter.getInstance(doc, body);
      doc.addTitle(StatementLabels.TITLE + " " + fileTitle(d));
      doc.addCreator("Atrium");
      doc.open();
      content(doc, d, ZoneId.of(d.run().zone()));
      doc.close();
      footers(body.toByteArray(), d, generatedAt, out);
    } catch (DocumentException e) {
      throw new IOException("The statement's PDF could not be written", e);
    }
  }

  private static void content(Document doc, StatementDocument d, ZoneId zone)
      throws DocumentException {
    Font title = new Font(FONT, 15, Font.BOLD);
    Font label = new Font(FONT, 9, Font.BOLD);
    Font text = new Font(FONT, 9);
    Font small = new Font(FONT, 8);
    Font row = new Font(FONT, 8);
    Font warning = new Font(FONT, 9, Font.BOLD, new Color(0xB0, 0x30, 0x20));

    Paragraph heading = new Paragraph(StatementLabels.TITLE, title);
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(10);
    doc.add(heading);

    PdfPTable facts = new PdfPTable(new float[] {22, 78});
    facts.setWidthPercentage(100);
    fact(facts, StatementLabels.MALL, StatementLabels.mall(d), label, text);
    fact(facts, StatementLabels.PARTY, StatementLabels.party(d), label, text);
    fact(facts, StatementLabels.PERIOD, StatementLabels.period(d.run()), label, text);
    fact(facts, StatementLabels.STATUS, StatementLabels.status(d.run().status()), label, text);
    fact(facts, StatementLabels.RUN, StatementLabels.run(d.run()), label, text);
    d.statement()
        .block()
        .ifPresent(m -> fact(facts, StatementLabels.BLOCK, StatementXlsx.block(m), label, text));
    doc.add(facts);

    RunStatus status = d.run().status();
    Paragraph note =
        new Paragraph(
            StatementLabels.statusNote(status),
            status == RunStatus.CLOSED || status == RunStatus.APPROVED ? text : warning);
    note.setSpacingBefore(6);
    doc.add(note);
    Paragraph signs = new Paragraph(StatementLabels.SIGNS, small);
    signs.setSpacingAfter(8);
    doc.add(signs);

    PdfPTable lines = new PdfPTable(new float[] {5, 24, 20, 10, 9, 12, 10, 10});
    lines.setWidthPercentage(100);
    lines.setHeaderRows(1);
    lines.setComplete(false);
    headerCell(lines, StatementLabels.NO, label, Element.ALIGN_LEFT);
    headerCell(lines, StatementLabels.KIND, label, Element.ALIGN_LEFT);
    headerCell(lines, StatementLabels.RATE_PERIOD, label, Element.ALIGN_LEFT);
    headerCell(lines, StatementLabels.POINTS, label, Element.ALIGN_RIGHT);
    headerCell(lines, "费率 Rate", label, Element.ALIGN_RIGHT);
    headerCell(lines, StatementLabels.AMOUNT, label, Element.ALIGN_RIGHT);
    headerCell(lines, StatementLabels.MINUTES, label, Element.ALIGN_RIGHT);
    headerCell(lines, StatementLabels.MEMO, label, Element.ALIGN_RIGHT);
    int no = 0;
    for (StatementLine l : d.lines()) {
      no++;
      cell(lines, Integer.toString(no), row, Element.ALIGN_LEFT);
      cell(lines, StatementLabels.line(l, zone), row, Element.ALIGN_LEFT);
      cell(lines, StatementLabels.ratePeriod(l, zone), row, Element.ALIGN_LEFT);
      cell(lines, StatementLabels.points(l.points()), row, Element.ALIGN_RIGHT);
      cell(lines, l.rate() == null ? "" : l.rate().toPlainString(), row, Element.ALIGN_RIGHT);
      cell(lines, StatementLabels.amount(l.amount()), row, Element.ALIGN_RIGHT);
      cell(
          lines,
          l.minutes() == null ? "" : StatementLabels.amount(l.minutes()),
          row,
          Element.ALIGN_RIGHT);
      cell(
          lines,
          l.memo() == null ? "" : StatementLabels.amount(l.memo()),
          row,
          Element.ALIGN_RIGHT);
      if (no % ROWS_PER_CHUNK == 0) {
        doc.add(lines);
      }
    }
    if (no == 0) {
      PdfPCell none = new PdfPCell(new Phrase("本期无明细。 No lines in the period.", text));
      none.setColspan(8);
      none.setBorderColor(RULE);
      none.setPadding(4);
      lines.addCell(none);
    }
    PdfPCell net = new PdfPCell(new Phrase(StatementLabels.NET, label));
    net.setColspan(5);
    net.setBackgroundColor(SHADE);
    net.setBorderColor(RULE);
    net.setPadding(4);
    lines.addCell(net);
    PdfPCell netAmount =
        new PdfPCell(new Phrase(StatementLabels.amount(d.statement().net()), label));
    netAmount.setHorizontalAlignment(Element.ALIGN_RIGHT);
    netAmount.setBackgroundColor(SHADE);
    netAmount.setBorderColor(RULE);
    netAmount.setPadding(4);
    lines.addCell(netAmount);
    PdfPCell rest = new PdfPCell(new Phrase("", label));
    rest.setColspan(2);
    rest.setBackgroundColor(SHADE);
    rest.setBorderColor(RULE);
    rest.setPadding(4);
    lines.addCell(rest);
    lines.setComplete(true);
    doc.add(lines);

    Paragraph settlement = new Paragraph(StatementLabels.settlement(d), label);
    settlement.setSpacingBefore(8);
    doc.add(settlement);
  }

  /**
   * Stamps every page with its footer, and pages after the first with a running head, once the
   * number of pages is known: "page X of Y" needs Y.
   */
  private static void footers(
      byte[] pdf, StatementDocument d, Instant generatedAt, OutputStream out)
      throws IOException, DocumentException {
    PdfReader reader = new PdfReader(pdf);
    PdfStamper stamper = new PdfStamper(reader, out);
    int pages = reader.getNumberOfPages();
    Font small = new Font(FONT, 7);
    String generated =
        StatementLabels.GENERATED
            + " "
            + StatementLabels.generated(generatedAt, ZoneId.of(d.run().zone()));
    String digest = StatementLabels.DIGEST + " " + d.run().digest();
    String head = StatementLabels.TITLE + " | " + fileTitle(d);
    for (int p = 1; p <= pages; p++) {
      Rectangle page = reader.getPageSize(p);
      PdfContentByte over = stamper.getOverContent(p);
      float left = 40;
      float right = page.getWidth() - 40;
      over.setColorStroke(RULE);
      over.setLineWidth(0.5f);
      over.moveTo(left, 44);
      over.lineTo(right, 44);
      over.stroke();
      ColumnText.showTextAligned(
          over, Element.ALIGN_LEFT, new Phrase(generated, small), left, 34, 0);
      ColumnText.showTextAligned(
          over,
          Element.ALIGN_RIGHT,
          new Phrase("第 " + p + " 页，共 " + pages + " 页  Page " + p + " of " + pages, small),
          right,
          34,
          0);
      ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(digest, small), left, 24, 0);
      if (p > 1) {
        ColumnText.showTextAligned(
            over, Element.ALIGN_RIGHT, new Phrase(head, small), right, page.getHeight() - 30, 0);
      }
    }
    stamper.close();
  }

  /** "XH | FA001 | 2026-11": what the file is about, in codes. */
  private static String fileTitle(StatementDocument d) {
    return d.run().mallCode()
        + " | "
        + d.statement().party()
        + " | "
        + StatementLabels.periodForFileName(d.run());
  }

  private static void fact(PdfPTable t, String label, String value, Font lf, Font vf) {
    PdfPCell l = new PdfPCell(new Phrase(label, lf));
    l.setBorder(Rectangle.NO_BORDER);
    l.setPadding(2);
    t.addCell(l);
    PdfPCell v = new PdfPCell(new Phrase(value, vf));
    v.setBorder(Rectangle.NO_BORDER);
    v.setPadding(2);
    t.addCell(v);
  }

  private static void headerCell(PdfPTable t, String text, Font f, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setHorizontalAlignment(align);
    c.setBackgroundColor(SHADE);
    c.setBorderColor(RULE);
    c.setPadding(4);
    t.addCell(c);
  }

  private static void cell(PdfPTable t, String text, Font f, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setHorizontalAlignment(align);
    c.setBorderColor(RULE);
    c.setPadding(3);
    t.addCell(c);
  }
}
