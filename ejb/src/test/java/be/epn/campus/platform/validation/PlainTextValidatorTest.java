package be.epn.campus.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

    @Test
    void namesOfEveryKindArePlainText() {
        for (String name : new String[] {"Amina", "Van den Bossche", "O'Brien", "Jean-Luc", "Nguyễn Thị Hoa", "محمد", "Ü.", null}) {
            assertTrue(PlainTextValidator.isPlain(name), name);
        }
    }

    @Test
    void markupExpressionsAndControlCharactersAreNot() {
        for (String text : new String[] {"<b>Amina</b>", "Amina<script>", "#{1+1}", "${user}", "Ami\u0000na", "a\nb", "x > y"}) {
            assertFalse(PlainTextValidator.isPlain(text), text);
        }
    }
}
