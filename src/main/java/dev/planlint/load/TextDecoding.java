package dev.planlint.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/** Strict decoding: a byte sequence that is not valid in the charset is reported, never replaced. */
final class TextDecoding {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private TextDecoding() {
    }

    static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(decoder(charset).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notInCharset) {
            return Optional.empty();
        }
    }

    /** The text that decodes cleanly before the first invalid byte, to say where that byte is. */
    static String validPrefix(byte[] bytes, Charset charset) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        decoder(charset).decode(input, output, true);
        output.flip();
        return output.toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
