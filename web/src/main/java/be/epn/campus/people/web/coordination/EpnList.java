package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.omnifaces.util.Faces;

/** The EPNs of the network ({@code /admin/epns.xhtml}) with their computers and weekly hours. */
@Named
@RequestScoped
public class EpnList {

    /** One line of the list. */
    public record Row(UUID uuid, String name, String municipality, int computers, String hoursOpen, String hoursStaffed) {
    }

    @EJB
    Coordination service;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            // The list gives names only; a network has a few dozen EPNs, so each one's details are read here.
            for (EpnSummary epn : Actions.get(service::epns).orElse(List.of())) {
                Actions.get(() -> service.epn(epn.uuid())).ifPresent(details -> rows.add(row(epn, details)));
            }
        }
        return rows;
    }

    /** The name of the EPN just saved, shown once after the redirect. */
    public String getSaved() {
        Object saved = Faces.getFlash().get("epnSaved");
        return saved == null ? null : saved.toString();
    }

    private static Row row(EpnSummary epn, EpnDetails details) {
        WeeklyHours hours = WeeklyHours.of(details.openings());
        return new Row(epn.uuid(), epn.name(), epn.municipality(), details.computers(), hours(hours.open()),
                hours(hours.staffed()));
    }

    static String hours(Duration duration) {
        return WeeklyHours.text(duration, AdminTexts.text("hours.whole"), AdminTexts.text("hours.withMinutes"), Faces.getLocale());
    }
}
