package dev.planlint.parser;

import dev.planlint.model.Aggregate;
import dev.planlint.model.Names;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;

import java.time.chrono.JapaneseEra;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Builds {@link TimeSpec}s from dates such as {@code H30年度末}, {@code R2～R6年度累計}, {@code H26～30年度平均} or
 * {@code 令和12(2030)年}.
 */
final class TimeBuilder {

    private static final Pattern YEAR_NUMBER_AT_END = Pattern.compile("(\\d+|元)$");
    private static final Pattern FRACTION = Pattern.compile("\\..*");

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

    TimeBuilder(BuildContext context) {
        this.context = context;
    }

    TimeSpec timeSpec(StrategyParser.TimeSpecContext spec, Use use) {
        SourcePosition position = context.at(spec);
        String written = BuildContext.written(spec).strip();
        StrategyParser.YearRefContext fromRef = spec.yearRef(0);
        StrategyParser.YearRefContext toRef = spec.yearRef().size() > 1 ? spec.yearRef(1) : fromRef;
        Year from = year(fromRef, Optional.empty());
        Year to = toRef == fromRef ? from : year(toRef, from.era());
        YearKind kind = kind(spec, from, position, written);
        Aggregate aggregate = aggregate(spec);
        TimeSpec result = new TimeSpec(kind, from.western(), to.western(), aggregate, written);
        checkShape(result, use, position);
        return result;
    }

    private record Year(int western, Optional<JapaneseEra> era, boolean fiscalByPrefix) {
    }

    private Year year(StrategyParser.YearRefContext ref, Optional<JapaneseEra> eraOfRangeStart) {
        SourcePosition position = context.at(ref);
        if (ref.NUMBER() != null) {
            return bareYear(ref, eraOfRangeStart, position);
        }
        String text = Names.normalize(ref.ERA_YEAR().getText());
        String prefix = YEAR_NUMBER_AT_END.matcher(text).replaceFirst("");
        String number = text.substring(prefix.length());
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
        checkPairedYear(ref, western, position, text);
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

    /** A year number without thousands commas; one of more than five digits is read as 99999, out of range. */
    private static int yearNumber(String written) {
        String digits = FRACTION.matcher(Names.nfkc(written).replace(",", "")).replaceFirst("");
        return digits.length() > MAX_YEAR_DIGITS ? TOO_LARGE_YEAR : Integer.parseInt(digits);
    }

    private int checkRange(int western, SourcePosition position, String text) {
        if (western < EARLIEST_YEAR || western > LATEST_YEAR) {
            context.error(position, "time.yearOutOfRange", text, String.valueOf(EARLIEST_YEAR),
                    String.valueOf(LATEST_YEAR));
        }
        return western;
    }

    private YearKind kind(StrategyParser.TimeSpecContext spec, Year from, SourcePosition position, String written) {
        var kinds = spec.yearKind();
        if (kinds.isEmpty()) {
            if (from.fiscalByPrefix()) {
                return YearKind.FISCAL_YEAR;
            }
            context.error(position, "time.noKind", written);
            return YearKind.CALENDAR_YEAR;
        }
        YearKind last = kind(kinds.get(kinds.size() - 1));
        if (kinds.size() > 1 && kind(kinds.get(0)).isFiscal() != last.isFiscal()) {
            context.error(position, "time.mixedKinds", written);
        }
        return last;
    }

    private static YearKind kind(StrategyParser.YearKindContext kind) {
        if (kind.FISCAL_YEAR_END() != null) {
            return YearKind.FISCAL_YEAR_END;
        }
        if (kind.FISCAL_YEAR() != null) {
            return YearKind.FISCAL_YEAR;
        }
        return kind.YEAR_END() != null ? YearKind.CALENDAR_YEAR_END : YearKind.CALENDAR_YEAR;
    }

    private static Aggregate aggregate(StrategyParser.TimeSpecContext spec) {
        if (spec.aggregate() == null) {
            return Aggregate.POINT;
        }
        return spec.aggregate().CUMULATIVE() != null ? Aggregate.CUMULATIVE : Aggregate.AVERAGE;
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
