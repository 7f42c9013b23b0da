package be.epn.campus.people.web.coordination;

import be.epn.campus.people.service.AuditLine;
import be.epn.campus.people.service.Coordination;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.omnifaces.util.Faces;

/**
 * The audit log ({@code /admin/audit.xhtml}): who did what to whose data, newest first, 25 lines a page.
 * The log is kept in universal time; the page shows Brussels time.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    Coordination service;

    private AuditLines lines;

    @PostConstruct
    void init() {
        lines = new AuditLines(service);
    }

    public AuditLines getLines() {
        return lines;
    }

    /** When it happened, in Brussels local time. */
    public String when(AuditLine line) {
        return line.at().atOffset(ZoneOffset.UTC).atZoneSameInstant(BRUSSELS)
                .format(DateTimeFormatter.ofPattern(AdminTexts.text("audit.when.pattern"), Faces.getLocale()));
    }

    public String action(AuditLine line) {
        return AdminTexts.text("audit.action." + line.action().name());
    }
}
