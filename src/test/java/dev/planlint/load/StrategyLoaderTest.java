package dev.planlint.load;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Files and chains of previous-period files: the inputs built here rather than kept as resources. */
class StrategyLoaderTest {

    private static final String VALID = "計画期間：令和7年度～令和11年度\n【基本目標1】テスト\n";

    @TempDir
    Path dir;

    @Test
    void loadsAStrategyAndItsPredecessor() throws IOException {
        write("previous.strategy", "計画期間：令和2年度～令和6年度\n【基本目標1】前期\n");
        Path current = write("current.strategy", "計画期間：令和7年度～令和11年度\n前期戦略：previous.strategy\n"
                + "【基本目標1】今期\n");

        LoadResult result = StrategyLoader.load(current);

        assertThat(result.diagnostics()).isEmpty();
        LoadedStrategy loaded = result.strategy().orElseThrow();
        assertThat(loaded.strategy().goals().get(0).name()).isEqualTo("今期");
        assertThat(loaded.predecessor().orElseThrow().strategy().goals().get(0).name()).isEqualTo("前期");
        assertThat(loaded.predecessor().orElseThrow().predecessor()).isEmpty();
        assertThat(result.sources()).hasSize(2);
    }

    @Test
    void predecessorIsNamedRelativeToTheFileThatNamesIt() throws IOException {
        Files.createDirectories(dir.resolve("old"));
        write("old/first.strategy", "計画期間：平成27年度～令和元年度\n【基本目標1】第1期\n");
        write("old/second.strategy", "計画期間：令和2年度～令和6年度\n前期戦略：first.strategy\n【基本目標1】第2期\n");
        Path third = write("third.strategy", "計画期間：令和7年度～令和11年度\n前期戦略：old/second.strategy\n"
                + "【基本目標1】第3期\n");

        LoadResult result = StrategyLoader.load(third);

        assertThat(result.diagnostics()).isEmpty();
        LoadedStrategy second = result.strategy().orElseThrow().predecessor().orElseThrow();
        assertThat(second.strategy().goals().get(0).name()).isEqualTo("第2期");
        assertThat(second.predecessor().orElseThrow().strategy().goals().get(0).name()).isEqualTo("第1期");
    }

    /** Files are named as the user named the first one: a loop message names no absolute path it was not given. */
    @Test
    void loopIsReportedWithTheFileNamesAsGiven() throws IOException {
        write("loop-a.strategy", "計画期間：令和7年度～令和11年度\n前期戦略：loop-b.strategy\n【基本目標1】テスト\n");
        write("loop-b.strategy", "計画期間：令和2年度～令和6年度\n前期戦略：loop-a.strategy\n【基本目標1】テスト\n");
        Path relativeDir = Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath());

        LoadResult result = StrategyLoader.load(relativeDir.resolve("loop-a.strategy"));

        assertThat(result.diagnostics()).singleElement().satisfies(loop -> {
            assertThat(loop.code()).isEqualTo("file.predecessorLoop");
            assertThat(loop.position()).isEqualTo(new SourcePosition(relativeDir.resolve("loop-b.strategy").toString(),
                    2, 1));
            assertThat(loop.arguments()).containsExactly(relativeDir.resolve("loop-a.strategy").toString());
        });
        assertThat(result.strategy()).isEmpty();
    }

    @Test
    void fileThatIsItsOwnPredecessorIsALoop() throws IOException {
        Path self = write("self.strategy", "計画期間：令和7年度～令和11年度\n前期戦略：self.strategy\n【基本目標1】テスト\n");

        assertThat(StrategyLoader.load(self).diagnostics()).extracting(Diagnostic::code)
                .containsExactly("file.predecessorLoop");
    }

    @Test
    void predecessorOutsideTheFolderOfTheCheckedFileIsRefused() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        write("elsewhere.strategy", "計画期間：令和2年度～令和6年度\n【基本目標1】前期\n");
        Path current = Files.writeString(project.resolve("current.strategy"),
                "計画期間：令和7年度～令和11年度\n前期戦略：../elsewhere.strategy\n【基本目標1】今期\n");

        LoadResult result = StrategyLoader.load(current);

        assertThat(result.strategy()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("file.outsideProject");
            assertThat(error.position()).isEqualTo(new SourcePosition(current.toString(), 2, 1));
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void symbolicLinkLoopIsNamedAsSuch() throws IOException {
        Path loop = dir.resolve("loop.strategy");
        Files.createSymbolicLink(loop, loop);

        LoadResult result = StrategyLoader.load(loop);

        assertThat(result.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("file.symlinkLoop");
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void fileWithMoreElementsThanTheLimitIsRefused() throws IOException {
        StringBuilder text = new StringBuilder("計画期間：令和7年度～令和11年度\n【基本目標1】テスト\n①施策\n");
        for (int i = 0; i < 20_001; i++) {
            text.append("ア取組").append(i).append('\n');
        }
        Path file = write("large.strategy", text.toString());

        LoadResult result = StrategyLoader.load(file);

        assertThat(result.diagnostics()).anySatisfy(error -> {
            assertThat(error.code()).isEqualTo("strategy.tooManyElements");
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void chainLongerThanTheLimitIsRefused() throws IOException {
        int files = Limits.MAX_PREDECESSOR_CHAIN + 2;
        for (int i = 0; i < files; i++) {
            String predecessor = i + 1 < files ? "前期戦略：s" + (i + 1) + ".strategy\n" : "";
            write("s" + i + ".strategy", "計画期間：令和7年度～令和11年度\n" + predecessor + "【基本目標1】テスト\n");
        }

        LoadResult result = StrategyLoader.load(dir.resolve("s0.strategy"));

        assertThat(result.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("file.chainTooLong");
            assertThat(error.position().line()).isEqualTo(2);
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void directoryIsNotAStrategy() {
        LoadResult result = StrategyLoader.load(dir);

        assertThat(result.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("file.directory");
            assertThat(error.position()).isEqualTo(new SourcePosition(dir.toString(), 1, 1));
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void fileLargerThanTheLimitIsNotRead() throws IOException {
        Path large = dir.resolve("large.strategy");
        Files.write(large, new byte[(int) Limits.MAX_FILE_BYTES + 1]);

        assertThat(StrategyLoader.load(large).diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).as("refused by size before the NUL bytes are seen").isEqualTo("file.tooLarge");
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void lineLongerThanTheLimitIsRefused() throws IOException {
        Path wide = write("wide.strategy", VALID + "# " + "あ".repeat(Limits.MAX_LINE_CHARS) + "\n");

        assertThat(StrategyLoader.load(wide).diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("file.lineTooLong");
            assertThat(error.position().line()).isEqualTo(3);
            assertThat(error.position().column()).isEqualTo(Limits.MAX_LINE_CHARS + 1);
            BadInputTest.assertHasMessages(error);
        });
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path locked = write("locked.strategy", VALID);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "the test user can read any file (root)");

        assertThat(StrategyLoader.load(locked).diagnostics()).extracting(Diagnostic::code)
                .containsExactly("file.unreadable");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsKeepLineNumbers() throws IOException {
        Path file = dir.resolve("crlf.strategy");
        byte[] text = ("計画期間：令和7年度～令和11年度\r\n\r\n【基本目標1】テスト\r\n①施策\r\n  ア取組\r\n  イ他の取組（再掲）\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        assertThat(StrategyLoader.load(file).diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("relist.nowhere");
            assertThat(error.position()).isEqualTo(new SourcePosition(file.toString(), 6, 8));
        });
    }

    @Test
    void shiftJisFileIsReadWhenItsEncodingIsGiven() throws IOException {
        Charset shiftJis = Charset.forName("windows-31j");
        Path file = dir.resolve("sjis.strategy");
        Files.writeString(file, VALID + "数値目標：\n・人口の社会減：現状値979人(R5年) → 930人(R11年)\n", shiftJis);

        assertThat(StrategyLoader.load(file).diagnostics()).extracting(Diagnostic::code)
                .containsExactly("file.shiftJis");
        LoadResult declared = StrategyLoader.load(file, Optional.of(shiftJis));
        assertThat(declared.diagnostics()).isEmpty();
        assertThat(declared.strategy().orElseThrow().strategy().kpis().findFirst().orElseThrow().name())
                .isEqualTo("人口の社会減");
    }

    /** An editor's checks of a draft read its predecessor once, and again only once it has changed on disk. */
    @Test
    void aPredecessorKeptUntilChangedIsParsedAgainOnlyWhenItsTimeOrSizeChanges() throws IOException {
        Path previous = write("previous.strategy", "計画期間：令和2年度～令和6年度\n【基本目標1】前期\n");
        Path current = dir.resolve("current.strategy");
        String draft = "計画期間：令和7年度～令和11年度\n前期戦略：previous.strategy\n【基本目標1】今期\n";
        ParsedFiles kept = ParsedFiles.untilChanged();

        LoadedStrategy first = StrategyLoader.loadText(current, draft, Optional.empty(), kept).strategy().orElseThrow();
        LoadedStrategy second = StrategyLoader.loadText(current, draft + "\n", Optional.empty(), kept)
                .strategy().orElseThrow();
        assertThat(second.predecessor().orElseThrow().strategy())
                .isSameAs(first.predecessor().orElseThrow().strategy());

        write("previous.strategy", "計画期間：令和2年度～令和6年度\n【基本目標1】前期の改訂\n");
        LoadedStrategy changed = StrategyLoader.loadText(current, draft, Optional.empty(), kept).strategy().orElseThrow();
        assertThat(changed.predecessor().orElseThrow().strategy().goals().get(0).name()).isEqualTo("前期の改訂");

        // Same size, same time (as a coarse clock or a restored file can leave it): forget() makes it read anew.
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(previous);
        write("previous.strategy", "計画期間：令和2年度～令和6年度\n【基本目標1】前期の改定\n");
        Files.setLastModifiedTime(previous, time);
        assertThat(StrategyLoader.loadText(current, draft, Optional.empty(), kept).strategy().orElseThrow()
                .predecessor().orElseThrow().strategy().goals().get(0).name()).isEqualTo("前期の改訂");
        kept.forget();
        assertThat(StrategyLoader.loadText(current, draft, Optional.empty(), kept).strategy().orElseThrow()
                .predecessor().orElseThrow().strategy().goals().get(0).name()).isEqualTo("前期の改定");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
