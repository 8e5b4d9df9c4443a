package dev.planlint.lsp;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** planlint counts columns in code points from 1, LSP in UTF-16 units from 0: a character outside the BMP differs. */
class LspLineIndexTest {

    private final LineIndex lines = new LineIndex("・𠮷野町の人口：1人\n  ア施策\r\n");

    @Test
    void aColumnAfterASurrogatePairIsTwoUnitsOnInUtf16() {
        assertEquals(new Position(0, 0), lines.position(1, 1));
        assertEquals(new Position(0, 1), lines.position(1, 2));
        assertEquals(new Position(0, 3), lines.position(1, 3), "𠮷 is two UTF-16 units");
        assertEquals(new Position(1, 2), lines.position(2, 3));
    }

    @Test
    void positionsBeyondTheTextAreClampedToIt() {
        assertEquals(new Position(1, 5), lines.position(2, 99));
        assertEquals(new Position(2, 0), lines.position(40, 1));
        assertEquals(new Position(2, 0), lines.all().getEnd());
    }
}
