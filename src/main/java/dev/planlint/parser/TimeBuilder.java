package dev.planlint.parser;

import dev.planlint.model.Aggregate;
import dev.planlint.model.CalendarDate;
import dev.planlint.model.Names;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseEra;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link TimeSpec}s from dates such as {@code H30年度末}, {@code R2～R6年度累計}, {@code H26～30年度平均},
 * {@code 令和12(2030)年}, {@code R6年4月1日時点}, {@code R7.3.31} or {@code 5年間累計} (the plan period). A year written
 * without its kind takes the one a {@code 年次の扱い} line declares, or stays unspecified: never guessed.
 */
final class TimeBuilder {

    private static final Pattern MONTH_AND_DAY = Pattern.compile("年\\s*(\\d+)\\s*月\\s*(?:(\\d+)\\s*日|(末))?");
    private static final Pattern DOTTED = Pattern.compile("^(\\D*?)\\s*(\\d+|元)[.-](\\d+)[.-](\\d+)");

    static final int EARLIEST_YEAR = 1868;
    static final int LATEST_YEAR = 2200;
    private static final int MAX_YEAR_DIGITS = 5;
    private static final int TOO_LARGE_YEAR = 99_999;

    /** What a date is used for decides whether it may be a range and whether it may be summed or averaged. */
    enum Use {
        /** A plan period: a range of fiscal years, neither summed nor averaged. */
        PERIOD,
        /** A baseline, target or actual: a point, or a range that is summed (累計) or averaged (平均). */
        FIGURE,
        /** A population-vision year: a single year. */
        VISION
    }

    private final BuildContext context;
    private Optional<YearKind> declaredKind = Optional.empty();
    private Optional<TimeSpec> plan = Optional.empty();
    private Optional<SourcePosition> firstUnspecified = Optional.empty();
    private String firstUnspecifiedWritten = "";
    private int unspecifiedCount;

    TimeBuilder(BuildContext context) {
        this.context = context;
    }

    /** The kind of year the strategy declares for years written without one (年次の扱い：年度). */
    void declareKind(YearKind kind) {
        declaredKind = Optional.of(kind);
    }

    /** The plan period that 5年間累計 and 計画期間累計 stand for. */
    void planPeriod(TimeSpec period) {
        plan = Optional.of(period);
    }

    /** Once per strategy: how many years were written without their kind, and where the first one is. */
    void reportUnspecifiedKinds() {
        firstUnspecified.ifPresent(position -> context.notice(position, "time.kindUnspecified",
                firstUnspecifiedWritten, String.valueOf(unspecifiedCount)));
    }

    TimeSpec timeSpec(StrategyParser.TimeSpecContext spec, Use use) {
        SourcePosition position = context.at(spec);
        String written = BuildContext.written(spec).strip();
        Parts parts = new Parts(spec);
        if (parts.calendarDate != null || parts.planSpan != null) {
            TimeSpec result = parts.calendarDate != null ? calendarDate(parts.calendarDate, position, written)
                    : planSpan(parts.planSpan, position, written);
            checkShape(result, use, position);
            return result;
        }
        Year from = year(parts.from, Optional.empty());
        Year to = parts.to == null ? from : year(parts.to, from.era());
        YearKind kind = kind(parts, from, position, written, use);
        Aggregate aggregate = aggregate(parts.aggregate);
        TimeSpec result = new TimeSpec(kind, from.western(), to.western(), aggregate, written);
        checkShape(result, use, position);
        return result;
    }

    private record Year(int western, Optional<JapaneseEra> era, boolean fiscalByPrefix) {
    }

    /**
     * The parts of a date, found in one pass over its children: ANTLR's accessors search the children again (and
     * make a list) at every call, and this runs on every figure written.
     */
    private static final class Parts {
        private StrategyParser.CalendarDateContext calendarDate;
        private StrategyParser.PlanSpanContext planSpan;
        private StrategyParser.YearRefContext from;
        private StrategyParser.YearRefContext to;
        private StrategyParser.YearKindContext firstKind;
        private StrategyParser.YearKindContext lastKind;
        private StrategyParser.AggregateContext aggregate;

        Parts(StrategyParser.TimeSpecContext spec) {
            for (ParseTree child : spec.children) {
                if (child instanceof StrategyParser.YearRefContext ref) {
                    if (from == null) {
                        from = ref;
                    } else {
                        to = ref;
                    }
                } else if (child instanceof StrategyParser.YearKindContext kind) {
                    firstKind = firstKind == null ? kind : firstKind;
                    lastKind = kind;
                } else if (child instanceof StrategyParser.AggregateContext written) {
                    aggregate = written;
                } else if (child instanceof StrategyParser.CalendarDateContext date) {
                    calendarDate = date;
                } else if (child instanceof StrategyParser.PlanSpanContext span) {
                    planSpan = span;
                }
            }
        }
    }

    private Year year(StrategyParser.YearRefContext ref, Optional<JapaneseEra> eraOfRangeStart) {
        SourcePosition position = context.at(ref);
        // yearRef : ERA_YEAR pairedYear? | NUMBER: the first token says which (this runs on every year written).
        Token first = ref.getStart();
        if (first.getType() == StrategyParser.NUMBER) {
            return bareYear(ref, eraOfRangeStart, position);
        }
        String text = Names.normalize(first.getText());
        int numberStart = yearNumberStart(text);
        return eraYear(text.substring(0, numberStart), text.substring(numberStart), position, text,
                Optional.of(ref));
    }

    /**
     * An era (or FY) and a year number of it, as in R6, 令和元, H30 or R7.3.31: the Western year, checked, and checked
     * against the Western year written beside it where there is one (令和12(2030)年).
     */
    private Year eraYear(String prefix, String number, SourcePosition position, String text,
                         Optional<StrategyParser.YearRefContext> paired) {
        int yearNumber = number.equals("元") ? 1 : yearNumber(number);
        if (prefix.equals("FY")) {
            return new Year(checkRange(yearNumber, position, text), Optional.empty(), true);
        }
        Optional<JapaneseEra> era = EraYears.era(prefix);
        if (era.isEmpty()) {
            context.error(position, "time.unknownEra", prefix, EraYears.knownEras());
            return new Year(EARLIEST_YEAR, Optional.empty(), false);
        }
        if (yearNumber == 0) {
            // An era counts from 元年 (year 1): 令和0年 and H00年 are slips, not the year before 元年.
            context.error(position, "time.eraYearZero", text);
            return new Year(EARLIEST_YEAR, era, false);
        }
        int western = EraYears.westernYear(era.get(), yearNumber);
        checkPastEraEnd(era.get(), yearNumber, western, position, text);
        paired.ifPresent(ref -> checkPairedYear(ref, western, position, text));
        return new Year(checkRange(western, position, text), era, false);
    }

    /** 2030 is a Western year; the 30 of H26～30 is in the era of the range's start. */
    private Year bareYear(StrategyParser.YearRefContext ref, Optional<JapaneseEra> eraOfRangeStart,
                          SourcePosition position) {
        String text = Names.nfkc(ref.NUMBER().getText());
        int number = yearNumber(text);
        if (eraOfRangeStart.isPresent() && number < 100) {
            return new Year(EraYears.westernYear(eraOfRangeStart.get(), number), eraOfRangeStart, false);
        }
        if (number < 1000) {
            context.error(position, "time.yearWithoutEra", text);
            return new Year(EARLIEST_YEAR, Optional.empty(), false);
        }
        return new Year(checkRange(number, position, text), Optional.empty(), false);
    }

    private void checkPastEraEnd(JapaneseEra era, int yearNumber, int western, SourcePosition position,
                                 String text) {
        OptionalInt lastYear = EraYears.lastYear(era);
        if (lastYear.isPresent() && western > lastYear.getAsInt()) {
            JapaneseEra actual = EraYears.eraOf(western);
            int actualYear = western - EraYears.westernYear(actual, 1) + 1;
            context.notice(position, "time.pastEraEnd", text, EraYears.japaneseName(era),
                    EraYears.japaneseName(actual) + actualYear, String.valueOf(western));
        }
    }

    private void checkPairedYear(StrategyParser.YearRefContext ref, int western, SourcePosition position,
                                 String text) {
        if (ref.pairedYear() == null) {
            return;
        }
        int paired = yearNumber(ref.pairedYear().NUMBER().getText());
        if (paired != western) {
            context.error(context.at(ref.pairedYear()), "time.pairMismatch", text, String.valueOf(western),
                    Names.nfkc(ref.pairedYear().NUMBER().getText()));
        }
    }

    /**
     * Where the year number at the end of an era year starts (the 6 of R6, the 元 of 令和元): its trailing ASCII digits,
     * or its last character if that is 元. A loop rather than a regular expression: it runs on every year written.
     */
    private static int yearNumberStart(String text) {
        int start = text.length();
        while (start > 0 && isAsciiDigit(text.charAt(start - 1))) {
            start--;
        }
        return start == text.length() && text.endsWith("元") ? start - 1 : start;
    }

    /** A year number without thousands commas; one of more than five digits is read as 99999, out of range. */
    private static int yearNumber(String written) {
        String text = Names.nfkc(written);
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length() && text.charAt(i) != '.'; i++) {
            if (text.charAt(i) != ',') {
                digits.append(text.charAt(i));
            }
        }
        return digits.length() > MAX_YEAR_DIGITS ? TOO_LARGE_YEAR : Integer.parseInt(digits, 0, digits.length(), 10);
    }

    private static boolean isAsciiDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private int checkRange(int western, SourcePosition position, String text) {
        if (western < EARLIEST_YEAR || western > LATEST_YEAR) {
            context.error(position, "time.yearOutOfRange", text, String.valueOf(EARLIEST_YEAR),
                    String.valueOf(LATEST_YEAR));
        }
        return western;
    }

    private YearKind kind(Parts parts, Year from, SourcePosition position, String written, Use use) {
        if (parts.lastKind == null) {
            if (from.fiscalByPrefix()) {
                return YearKind.FISCAL_YEAR;
            }
            if (declaredKind.isPresent()) {
                return declaredKind.get();
            }
            if (use == Use.PERIOD) {
                context.error(position, "time.noKind", written);
                return YearKind.FISCAL_YEAR;
            }
            if (firstUnspecified.map(first -> isBefore(position, first)).orElse(true)) {
                firstUnspecified = Optional.of(position);
                firstUnspecifiedWritten = written;
            }
            unspecifiedCount++;
            return YearKind.UNSPECIFIED;
        }
        YearKind last = kind(parts.lastKind);
        if (parts.firstKind != parts.lastKind && kind(parts.firstKind).isFiscal() != last.isFiscal()) {
            context.error(position, "time.mixedKinds", written);
        }
        return last;
    }

    /** yearKind is one token: its type, rather than a search of the children for each of four. */
    private static YearKind kind(StrategyParser.YearKindContext kind) {
        return switch (kind.getStart().getType()) {
            case StrategyParser.FISCAL_YEAR_END -> YearKind.FISCAL_YEAR_END;
            case StrategyParser.FISCAL_YEAR -> YearKind.FISCAL_YEAR;
            case StrategyParser.YEAR_END -> YearKind.CALENDAR_YEAR_END;
            default -> YearKind.CALENDAR_YEAR;
        };
    }

    private static boolean isBefore(SourcePosition a, SourcePosition b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }

    /** R6年4月1日時点, R6年4月時点, 2024年9月末時点, R7.3.31, 2025-03-31. */
    private TimeSpec calendarDate(StrategyParser.CalendarDateContext date, SourcePosition position, String written) {
        String text = Names.nfkc(written);
        int year;
        Matcher parts;
        if (date.yearRef() != null) {
            year = year(date.yearRef(), Optional.empty()).western();
            parts = MONTH_AND_DAY.matcher(text);
            if (!parts.find()) {
                throw new IllegalStateException("DATE_TAIL without a month: " + written);
            }
            return dated(year, parts.group(1), parts.group(2), parts.group(3) != null, position, written);
        }
        parts = DOTTED.matcher(text);
        if (!parts.find()) {
            throw new IllegalStateException("DOTTED_DATE without three numbers: " + written);
        }
        year = dottedYear(parts.group(1), parts.group(2), position, text);
        return dated(year, parts.group(3), parts.group(4), false, position, written);
    }

    private int dottedYear(String prefix, String number, SourcePosition position, String text) {
        if (!prefix.isEmpty()) {
            return eraYear(prefix, number, position, text, Optional.empty()).western();
        }
        int yearNumber = number.equals("元") ? 1 : yearNumber(number);
        if (yearNumber < 1000) {
            context.error(position, "time.yearWithoutEra", text);
            return EARLIEST_YEAR;
        }
        return checkRange(yearNumber, position, text);
    }

    private TimeSpec dated(int year, String month, String day, boolean monthEnd, SourcePosition position,
                           String written) {
        try {
            YearMonth yearMonth = YearMonth.of(year, yearNumber(month));
            if (monthEnd) {
                return TimeSpec.on(new CalendarDate(yearMonth.atEndOfMonth(), CalendarDate.Precision.DAY), written);
            }
            if (day == null) {
                return TimeSpec.on(new CalendarDate(yearMonth.atDay(1), CalendarDate.Precision.MONTH), written);
            }
            LocalDate date = yearMonth.atDay(yearNumber(day));
            return TimeSpec.on(new CalendarDate(date, CalendarDate.Precision.DAY), written);
        } catch (DateTimeException noSuchDay) {
            context.error(position, "time.noSuchDate", written);
            return TimeSpec.on(new CalendarDate(LocalDate.of(Math.max(year, EARLIEST_YEAR), 1, 1),
                    CalendarDate.Precision.DAY), written);
        }
    }

    /** 5年間累計, 計画期間累計, 期間中累計: the plan period's years, summed (or averaged where 平均 is written). */
    private TimeSpec planSpan(StrategyParser.PlanSpanContext span, SourcePosition position, String written) {
        boolean average = span.aggregate() != null ? span.aggregate().AVERAGE() != null
                : span.PLAN_SPAN() != null && (span.PLAN_SPAN().getText().endsWith("平均")
                        || span.PLAN_SPAN().getText().endsWith("average"));
        Aggregate aggregate = average ? Aggregate.AVERAGE : Aggregate.CUMULATIVE;
        if (plan.isEmpty()) {
            context.error(position, "time.spanWithoutPeriod", written);
            return new TimeSpec(YearKind.FISCAL_YEAR, EARLIEST_YEAR, EARLIEST_YEAR + 1, aggregate, written);
        }
        TimeSpec period = plan.get();
        if (span.NUMBER() != null && yearNumber(span.NUMBER().getText()) != period.yearCount()) {
            context.error(position, "time.spanNotPeriod", written, period.written(),
                    String.valueOf(period.yearCount()));
        }
        return new TimeSpec(period.kind(), period.fromYear(), period.toYear(), aggregate, written);
    }

    /**
     * The plan period as extended: （令和2年度まで1年延長） or （1年延長） or (extended to FY2020) gives the original start
     * and the new end; a stated number of years must agree with the two ends.
     */
    Optional<TimeSpec> extension(StrategyParser.PeriodExtensionContext extension, TimeSpec original) {
        SourcePosition position = context.at(extension);
        String written = BuildContext.written(extension).strip();
        OptionalInt years = extension.NUMBER() == null ? OptionalInt.empty()
                : OptionalInt.of(yearNumber(extension.NUMBER().getText()));
        int newEnd;
        if (extension.timeSpec() != null) {
            TimeSpec end = timeSpec(extension.timeSpec(), Use.PERIOD);
            newEnd = end.toYear();
            if (years.isPresent() && years.getAsInt() != newEnd - original.toYear()) {
                context.error(position, "time.extensionCount", written, String.valueOf(years.getAsInt()),
                        String.valueOf(newEnd - original.toYear()));
            }
        } else if (years.isPresent()) {
            newEnd = original.toYear() + years.getAsInt();
        } else {
            context.error(position, "time.extensionWithoutEnd", written);
            return Optional.empty();
        }
        if (newEnd <= original.toYear()) {
            context.error(position, "time.extensionNotLater", written, original.written());
            return Optional.empty();
        }
        return Optional.of(new TimeSpec(original.kind(), original.fromYear(), newEnd, Aggregate.POINT,
                original.written() + written));
    }

    private static Aggregate aggregate(StrategyParser.AggregateContext aggregate) {
        if (aggregate == null) {
            return Aggregate.POINT;
        }
        return aggregate.CUMULATIVE() != null ? Aggregate.CUMULATIVE : Aggregate.AVERAGE;
    }

    private void checkShape(TimeSpec spec, Use use, SourcePosition position) {
        if (spec.toYear() < spec.fromYear()) {
            context.error(position, "time.reversed", spec.written());
            return;
        }
        switch (use) {
            case PERIOD -> checkPeriod(spec, position);
            case FIGURE -> checkFigureTime(spec, position);
            case VISION -> checkVisionYear(spec, position);
        }
    }

    private void checkPeriod(TimeSpec spec, SourcePosition position) {
        if (!spec.kind().isFiscal() || spec.aggregate() != Aggregate.POINT) {
            context.error(position, "time.periodShape", spec.written());
        }
    }

    private void checkFigureTime(TimeSpec spec, SourcePosition position) {
        if (spec.isRange() && spec.aggregate() == Aggregate.POINT) {
            context.error(position, "time.rangeWithoutAggregate", spec.written());
        }
        if (!spec.isRange() && spec.aggregate() != Aggregate.POINT) {
            context.error(position, "time.aggregateWithoutRange", spec.written());
        }
    }

    private void checkVisionYear(TimeSpec spec, SourcePosition position) {
        if (spec.isRange() || spec.aggregate() != Aggregate.POINT) {
            context.error(position, "time.visionYear", spec.written());
        }
    }
}
