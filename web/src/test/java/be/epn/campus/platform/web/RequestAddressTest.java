package be.epn.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestAddressTest {

    @Test
    void theNamesOfAnAddressAreThoseOfItsQueryOnly() {
        assertEquals(Set.of("id", "code", "flag", "a b"), RequestAddress.namesIn("id=digcomp-2.2&code=1.1&flag&a+b=%20"));
        assertEquals(Set.of(), RequestAddress.namesIn(null));
        assertEquals(Set.of(), RequestAddress.namesIn(""));
    }
}
