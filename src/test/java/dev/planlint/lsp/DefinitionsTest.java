package dev.planlint.lsp;

import dev.planlint.load.LoadResult;
import dev.planlint.load.StrategyLoader;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Go to definition from a 前期指標：置換： line that names several previous KPIs: one place for each. */
class DefinitionsTest {

    @Test
    void aReplacementOfSeveralKpisLeadsToEachOfThem(@TempDir Path directory) throws IOException {
        // Fictional strategies (架空の例): invented names and figures.
        Path previous = directory.resolve("previous.strategy");
        Files.writeString(previous, """
                計画期間：令和2年度～令和6年度
                【基本目標1】ひとの流れ
                数値目標：
                ・転入者数：現状値 3,000人(R1年度) → 3,300人(R6年度)
                ・転出者数：現状値 3,500人(R1年度) → 3,200人(R6年度)
                """, StandardCharsets.UTF_8);
        Path current = directory.resolve("current.strategy");
        String text = """
                計画期間：令和7年度～令和11年度
                前期戦略：previous.strategy
                【基本目標1】ひとの流れ
                数値目標：
                ・社会増減数：現状値 -500人(R6年度) → 0人(R11年度)
                    改善方向：増加
                    前期指標：置換：転入者数、転出者数
                """;
        LoadResult loaded = StrategyLoader.loadText(current, text, Optional.empty());
        List<Location> found = Definitions.at(loaded.strategy().orElseThrow(), 7);
        assertThat(found).extracting(location -> location.getRange().getStart().getLine()).containsExactly(3, 4);
        assertThat(found).extracting(Location::getUri).containsOnly(previous.toAbsolutePath().toUri().toString());
        assertThat(Definitions.at(loaded.strategy().orElseThrow(), 2)).singleElement()
                .extracting(Location::getUri).isEqualTo(previous.toAbsolutePath().toUri().toString());
    }
}
