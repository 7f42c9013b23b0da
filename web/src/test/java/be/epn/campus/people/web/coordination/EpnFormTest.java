package be.epn.campus.people.web.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.model.OpeningSlot;
import be.epn.campus.people.model.OrganiserType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpnFormTest {

    @Test
    void timesAreReadTheWaysPeopleWriteThem() {
        assertEquals(Optional.of(LocalTime.of(9, 0)), EpnForm.time("9"));
        assertEquals(Optional.of(LocalTime.of(9, 0)), EpnForm.time("9h"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), EpnForm.time("09:30"));
        assertEquals(Optional.of(LocalTime.of(13, 30)), EpnForm.time(" 13h30 "));
        assertEquals(Optional.of(LocalTime.of(13, 30)), EpnForm.time("13u30"));
        assertEquals(Optional.of(LocalTime.of(13, 5)), EpnForm.time("13.05"));
        assertTrue(EpnForm.time("25:00").isEmpty());
        assertTrue(EpnForm.time("9:75").isEmpty());
        assertTrue(EpnForm.time("noon").isEmpty());
        assertTrue(EpnForm.time("").isEmpty());
    }

    @Test
    void languagesAreLowerCaseCodesEachOnceInTheOrderTyped() {
        assertEquals(List.of("fr", "nl", "ar"), EpnForm.languageCodes("FR, nl;ar  fr"));
        assertEquals(List.of(), EpnForm.languageCodes("  "));
    }

    @Test
    void aFilledFormGivesTheDetailsWithItsOpenings() {
        EpnForm form = filled();
        form.getSlots().get(0).setOpens("9:00");
        form.getSlots().get(0).setCloses("12h30");
        form.addSlot();
        form.getSlots().get(1).setOpens("13");
        form.getSlots().get(1).setCloses("17");
        form.getSlots().get(1).setStaffed(false);
        form.addSlot(); // left empty: ignored

        EpnForm.Parsed parsed = form.parse();

        assertTrue(parsed.readable(), parsed.problems().toString());
        EpnDetails details = parsed.details();
        assertEquals("Le Phare", details.name());
        assertEquals(12, details.computers());
        assertEquals(List.of("fr", "nl", "ar"), details.languages());
        assertEquals(List.of(new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30), true),
                new OpeningSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0), false)), details.openings());
    }

    @Test
    void eachUnreadableValueIsNamedWithItsLineAndNothingTypedIsLost() {
        EpnForm form = filled();
        form.setComputers("twelve");
        form.getSlots().get(0).setOpens("14:00");
        form.getSlots().get(0).setCloses("12:00");
        form.addSlot();
        form.getSlots().get(1).setOpens("9 heures");
        form.getSlots().get(1).setCloses("");

        EpnForm.Parsed parsed = form.parse();

        assertEquals(List.of(new EpnForm.Problem("computers", null, "epn.computers.invalid"),
                new EpnForm.Problem("closes", 0, "epn.slot.closesBeforeOpens"),
                new EpnForm.Problem("opens", 1, "epn.slot.time.invalid"),
                new EpnForm.Problem("closes", 1, "epn.slot.time.required")), parsed.problems());
        assertEquals("twelve", form.getComputers());
        assertEquals("14:00", form.getSlots().get(0).getOpens());
        assertEquals("9 heures", form.getSlots().get(1).getOpens());
    }

    @Test
    void overlappingOpeningsOfOneDayAreRefused() {
        EpnForm form = filled();
        form.getSlots().get(0).setOpens("9:00");
        form.getSlots().get(0).setCloses("12:00");
        form.addSlot();
        form.getSlots().get(1).setDay(DayOfWeek.MONDAY);
        form.getSlots().get(1).setOpens("11:00");
        form.getSlots().get(1).setCloses("13:00");

        assertEquals(List.of(new EpnForm.Problem("opens", 1, "epn.slot.overlap")), form.parse().problems());
    }

    @Test
    void aSavedEpnComesBackIntoTheFormAsItWasSaved() {
        EpnDetails details = new EpnDetails("Le Phare", "Forest", "Rue 1", "1190", OrganiserType.CPAS, "CPAS de Forest", 8,
                List.of("fr", "nl"), null, List.of(new OpeningSlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), true)));

        EpnForm form = EpnForm.of(details);

        assertEquals("fr, nl", form.getLanguages());
        assertEquals("09:00", form.getSlots().get(0).getOpens());
        assertEquals(details, form.parse().details());
    }

    private static EpnForm filled() {
        EpnForm form = EpnForm.blank();
        form.setName(" Le Phare ");
        form.setMunicipality("Forest");
        form.setStreetAddress("Rue du Phare 1");
        form.setPostalCode("1190");
        form.setOrganiserType(OrganiserType.ASSOCIATION);
        form.setOrganiserName("ASBL Le Phare");
        form.setComputers("12");
        form.setLanguages("fr, nl, ar");
        return form;
    }
}
