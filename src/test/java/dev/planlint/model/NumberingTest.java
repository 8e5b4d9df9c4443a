package dev.planlint.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"1, ①", "20, ⑳", "21, ㉑", "35, ㉟", "36, ㊱", "50, ㊿", "51, (51)", "0, (0)", "2147483647, (2147483647)"})
    void measureMarker(int number, String marker) {
        assertThat(Numbering.measureMarker(number)).isEqualTo(marker);
    }

    @Test
    void circledMarkersReadBackAsTheirNumbers() {
        for (int number = 1; number <= 50; number++) {
            assertThat(Numbering.measureNumber(Numbering.measureMarker(number))).isEqualTo(number);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"(1) | 1", "（１２） | 12", "3. | 3", "４． | 4", "5) | 5", "⑦ | 7"})
    void measureNumbersAsCitiesWriteThem(String marker, int number) {
        assertThat(Numbering.measureNumber(marker)).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"【基本目標１】, 1", "goal 007:, 7", "measure 12:, 12", "【基本目標99999999999】, 2147483647"})
    void digitsIn(String text, int number) {
        assertThat(Numbering.digitsIn(text)).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"ア, 1", "ノ, 25", "sub a:, 1", "sub c:, 3", "(ア), 1", "（イ）, 2", "( ウ ), 3"})
    void subMeasureNumber(String marker, int number) {
        assertThat(Numbering.subMeasureNumber(marker)).isEqualTo(number);
    }
}
