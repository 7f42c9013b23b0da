package be.epn.campus.framework.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.ApiError;
import be.epn.campus.platform.api.ApiException;
import org.junit.jupiter.api.Test;

class CaseLanguageTest {

    @Test
    void defaultsToEnglishAndTakesTheThreeCampusLanguages() {
        assertEquals(Language.EN, CaseLanguage.parse(null));
        assertEquals(Language.FR, CaseLanguage.parse("fr"));
        assertEquals(Language.NL, CaseLanguage.parse("nl"));
        assertEquals(Language.EN, CaseLanguage.parse("en"));
    }

    @Test
    void refusesAnyOtherValueWithABadRequest() {
        for (String lang : new String[] {"de", "NL", "nl-BE", "", " fr", "french"}) {
            ApiError error = assertThrows(ApiException.class, () -> CaseLanguage.parse(lang)).error();
            assertEquals(new ApiError(400, "bad_request", "lang must be one of fr, nl, en"), error, "lang " + lang);
        }
    }
}
