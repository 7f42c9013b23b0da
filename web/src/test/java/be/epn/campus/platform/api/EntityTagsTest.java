package be.epn.campus.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theSamePartsGiveTheSameTagAndAnyChangeAnother() {
        String tag = EntityTags.of(List.of("detail", "tiny-1.0", "abc123"));

        assertEquals(tag, EntityTags.of(List.of("detail", "tiny-1.0", "abc123")));
        assertNotEquals(tag, EntityTags.of(List.of("detail", "tiny-1.0", "abc124")));
        assertNotEquals(tag, EntityTags.of(List.of("detail", "tiny-1.0")));
        assertTrue(tag.matches("[0-9a-f]{32}"), tag);
    }

    @Test
    void partsCannotRunIntoOneAnother() {
        assertNotEquals(EntityTags.of(List.of("ab", "c")), EntityTags.of(List.of("a", "bc")));
    }
}
