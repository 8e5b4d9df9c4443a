package dev.planlint.lsp;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The common fixes, offered on the diagnostics they fix; each inserts a line and changes nothing written: declare the
 * direction of improvement (改善方向), declare the kind of the years written without one (年次の扱い), or suppress a
 * finding on its KPI or goal with a reason still to be written.
 */
final class CodeActions {

    private static final List<String> DIRECTIONS = List.of("増加", "減少", "維持");
    private static final String ATTRIBUTE_INDENT = "    ";
    /** What a suppression says until the planner writes the reason: visible in every report that lists it. */
    static final String REASON_TO_WRITE = "（理由を書いてください / write the reason）";

    private CodeActions() {
    }

    static List<CodeAction> of(String uri, String text, List<Diagnostic> diagnostics) {
        LineIndex lines = new LineIndex(text);
        List<CodeAction> actions = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (!FindingDiagnostics.SOURCE.equals(diagnostic.getSource()) || diagnostic.getCode() == null
                    || !diagnostic.getCode().isLeft()) {
                continue;
            }
            String code = diagnostic.getCode().getLeft();
            int row = diagnostic.getRange().getStart().getLine();
            String line = lines.line(row);
            if (code.equals("direction-undeclared")) {
                for (String direction : DIRECTIONS) {
                    actions.add(insertAfter(uri, row, indentOf(line) + ATTRIBUTE_INDENT + "改善方向：" + direction,
                            "改善方向：" + direction + " を宣言 / declare the direction", diagnostic));
                }
            }
            if (code.equals("time.kindUnspecified")) {
                int period = periodLine(lines);
                for (String kind : List.of("年度", "年")) {
                    actions.add(insertAfter(uri, period, "年次の扱い：" + kind,
                            "年次の扱い：" + kind + " を宣言 / declare the kind of year", diagnostic));
                }
            }
            boolean ruleFinding = !code.contains(".");
            String written = line.strip();
            if (ruleFinding && (written.startsWith("・") || written.startsWith("-") || written.startsWith("【"))) {
                String indent = written.startsWith("【") ? "" : indentOf(line) + ATTRIBUTE_INDENT;
                actions.add(insertAfter(uri, row, indent + "抑制：" + code + "：" + REASON_TO_WRITE,
                        "抑制：" + code + " (理由を添えて抑制 / suppress with a reason)", diagnostic));
            }
        }
        return actions;
    }

    /** The line after which 年次の扱い goes: the plan period's, else the first. */
    private static int periodLine(LineIndex lines) {
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.line(row).strip();
            if (line.startsWith("計画期間") || line.startsWith("period")) {
                return row;
            }
        }
        return 0;
    }

    /** Never marked preferred: which direction or kind is right is the planner's to say, not planlint's to guess. */
    private static CodeAction insertAfter(String uri, int row, String newLine, String title, Diagnostic fixed) {
        Position at = new Position(row + 1, 0);
        TextEdit edit = new TextEdit(new Range(at, at), newLine + "\n");
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(fixed));
        action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
        return action;
    }

    private static String indentOf(String line) {
        int end = 0;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t'
                || line.charAt(end) == '\u3000')) {
            end++;
        }
        return line.substring(0, end);
    }
}
