package com.atrium.partner;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The daily reconciliation file of one partner (docs/partners.md, "Reconciliation"): UTF-8 text,
 * one record a line, fields separated by commas (no field can hold one: references are
 * [A-Za-z0-9._:-]). {@code H,partner,day,generatedAt}, then one {@code D} line per exchange, then
 * {@code T,count,sum of points,sum of partner amounts}. A partner uploads its own file in the same
 * format; the trailer must agree with its lines, so a truncated file is refused, not half-matched.
 */
public final class ReconFile {

  /** Most lines a file may hold: a partner's busiest day with room to spare. */
  static final int MAX_LINES = 200_000;

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** One exchange as a side of the reconciliation sees it. */
  public record Line(
      String partnerTxnId,
      Long atriumId,
      String memberRef,
      Direction direction,
      long points,
      long partnerAmount,
      String rate,
      BigDecimal fee,
      ExchangeState state,
      Instant at) {

    /** The points this side counts as done: none once rejected or reversed. */
    long effectivePoints() {
      return state.counts() ? points : 0;
    }

    long effectiveAmount() {
      return state.counts() ? partnerAmount : 0;
    }
  }

  private ReconFile() {}

  public static String write(
      String partnerCode, LocalDate day, Instant generatedAt, List<Line> lines) {
    StringBuilder out = new StringBuilder(64 + lines.size() * 96);
    out.append("H,").append(partnerCode).append(',').append(day).append(',');
    out.append(generatedAt).append('\n');
    long points = 0;
    long amount = 0;
    for (Line l : lines) {
      out.append("D,")
          .append(l.partnerTxnId())
          .append(',')
          .append(l.atriumId() == null ? "" : l.atriumId().toString())
          .append(',')
          .append(l.memberRef())
          .append(',')
          .append(l.direction())
          .append(',')
          .append(l.points())
          .append(',')
          .append(l.partnerAmount())
          .append(',')
          .append(l.rate() == null ? "" : l.rate())
          .append(',')
          .append(l.fee() == null ? "" : l.fee().toPlainString())
          .append(',')
          .append(l.state())
          .append(',')
          .append(l.at() == null ? "" : l.at().toString())
          .append('\n');
      points += l.points();
      amount += l.partnerAmount();
    }
    out.append("T,").append(lines.size()).append(',').append(points).append(',').append(amount);
    return out.append('\n').toString();
  }

  /** The bytes of an uploaded file as UTF-8 text; empty when they are not UTF-8. */
  public static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a partner's file for {@code partnerCode} and {@code day}; anything else (another
   * partner's or day's header, a malformed line, a repeated transaction id, a trailer that does not
   * add up) is RECON_FILE_INVALID naming the line.
   */
  public static List<Line> parse(String partnerCode, LocalDate day, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] rows = body.split("\r?\n", -1);
    int last = rows.length;
    while (last > 0 && rows[last - 1].isBlank()) {
      last--;
    }
    if (last < 2) {
      throw invalid(1, "a file needs a header (H) and a trailer (T) line");
    }
    if (last - 2 > MAX_LINES) {
      throw invalid(MAX_LINES + 2, "more than " + MAX_LINES + " lines");
    }
    String[] h = rows[0].split(",", -1);
    if (h.length < 3 || h.length > 4 || !h[0].equals("H")) {
      throw invalid(1, "the first line must be H,partner,day[,generatedAt]");
    }
    if (!h[1].equals(partnerCode)) {
      throw invalid(1, "the file is for partner " + h[1] + ", not " + partnerCode);
    }
    if (!h[2].equals(day.toString())) {
      throw invalid(1, "the file is for " + h[2] + ", not " + day);
    }
    List<Line> lines = new ArrayList<>(last - 2);
    Set<String> seen = new HashSet<>();
    long points = 0;
    long amount = 0;
    for (int i = 1; i < last - 1; i++) {
      Line l = line(i + 1, rows[i]);
      if (!seen.add(l.partnerTxnId())) {
        throw invalid(i + 1, "transaction " + l.partnerTxnId() + " is listed twice");
      }
      lines.add(l);
      points += l.points();
      amount += l.partnerAmount();
    }
    String[] t = rows[last - 1].split(",", -1);
    if (t.length != 4 || !t[0].equals("T")) {
      throw invalid(last, "the last line must be T,count,points,partnerAmount");
    }
    if (number(last, t[1], "count") != lines.size()
        || number(last, t[2], "points") != points
        || number(last, t[3], "partner amount") != amount) {
      throw invalid(
          last,
          "the trailer says "
              + t[1]
              + " lines, "
              + t[2]
              + " points, "
              + t[3]
              + " partner units; the lines hold "
              + lines.size()
              + ", "
              + points
              + ", "
              + amount);
    }
    return lines;
  }

  private static Line line(int n, String row) {
    String[] f = row.split(",", -1);
    if (f.length != 11 || !f[0].equals("D")) {
      throw invalid(n, "a transaction line has 11 fields and starts with D");
    }
    if (!REFERENCE.matcher(f[1]).matches()) {
      throw invalid(n, "the transaction id is missing or malformed");
    }
    if (!f[3].isEmpty() && !REFERENCE.matcher(f[3]).matches()) {
      throw invalid(n, "the member reference is malformed");
    }
    Direction direction = value(n, Direction.class, f[4], "direction");
    long points = number(n, f[5], "points");
    long amount = number(n, f[6], "partner amount");
    if (points <= 0 || amount <= 0) {
      throw invalid(n, "points and partner amount must be more than 0");
    }
    ExchangeState state = value(n, ExchangeState.class, f[9], "state");
    Long atriumId = f[2].isEmpty() ? null : number(n, f[2], "Atrium id");
    BigDecimal fee;
    try {
      fee = f[8].isEmpty() ? null : new BigDecimal(f[8]);
    } catch (NumberFormatException e) {
      throw invalid(n, "the fee is not a number");
    }
    Instant at;
    try {
      at = f[10].isEmpty() ? null : Instant.parse(f[10]);
    } catch (DateTimeParseException e) {
      throw invalid(n, "the time is not an ISO-8601 instant");
    }
    return new Line(
        f[1],
        atriumId,
        f[3],
        direction,
        points,
        amount,
        f[7].isEmpty() ? null : f[7],
        fee,
        state,
        at);
  }

  private static long number(int n, String raw, String what) {
    if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
      throw invalid(n, "the " + what + " is not a whole number");
    }
    return Long.parseLong(raw);
  }

  private static <E extends Enum<E>> E value(int n, Class<E> type, String raw, String what) {
    try {
      return Enum.valueOf(type, raw);
    } catch (IllegalArgumentException e) {
      throw invalid(n, "the " + what + " " + raw + " is not known");
    }
  }

  private static DomainException invalid(int line, String why) {
    return DomainException.invalid("RECON_FILE_INVALID", "file", "Line " + line + ": " + why);
  }
}
