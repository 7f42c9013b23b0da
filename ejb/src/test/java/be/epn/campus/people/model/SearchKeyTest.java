package be.epn.campus.people.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertEquals("elodie van den bossche", SearchKey.of("Élodie ", " Van  den-Bossche"));
        assertEquals(SearchKey.of("ELODIE", "van den bossche"), SearchKey.of("Élodie", "Van-den Bossche"));
        assertEquals("mehmet yilmaz", SearchKey.of("Mehmet", "Yılmaz").replace('ı', 'i'));
        assertEquals("o brien", SearchKey.normalize("O'Brien"));
    }
}
