package io.github.lakefsspring.embedded.server.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Escapes strings the way Go's {@code encoding/json} encoder does by default, so that bodies match
 * lakeFS byte for byte: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as lower-case {@code \}{@code u}
 * escapes, control characters as {@code \n}, {@code \r}, {@code \t} or lower-case {@code \}{@code u00xx}.
 */
final class GoJsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private static final int[] ASCII_ESCAPES = asciiEscapes();

    private static int[] asciiEscapes() {
        int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = ESCAPE_CUSTOM;
        }
        escapes['<'] = ESCAPE_CUSTOM;
        escapes['>'] = ESCAPE_CUSTOM;
        escapes['&'] = ESCAPE_CUSTOM;
        return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII_ESCAPES.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case '\n' -> new SerializedString("\\n");
            case '\r' -> new SerializedString("\\r");
            case '\t' -> new SerializedString("\\t");
            case '<', '>', '&', 0x2028, 0x2029 -> unicodeEscape(ch);
            default -> ch < 0x20 ? unicodeEscape(ch) : null;
        };
    }

    private static SerializableString unicodeEscape(int ch) {
        return new SerializedString(String.format("\\u%04x", ch));
    }
}
