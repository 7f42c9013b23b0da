package be.epn.campus.training.web;

import be.epn.campus.platform.web.Actions;
import be.epn.campus.training.service.NetworkTraining;
import be.epn.campus.training.service.NetworkView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * {@code /training/network.xhtml}: continuing education across the network, for coordinators (the service refuses
 * anyone else): each EPN's animateurs and hours this year, the EPNs below the yearly minimum, and the animateurs
 * per 10,000 inhabitants of each municipality, with where the population figures come from.
 */
@Named
@RequestScoped
public class TrainingNetworkPage {

    @EJB
    NetworkTraining network;

    private NetworkView view;
    private boolean allowed;
    private final int year = LocalDateTime.now(Clock.systemUTC()).getYear();

    public void load() {
        allowed = Actions.run(() -> view = network.of(year));
    }

    public boolean isAllowed() {
        return allowed;
    }

    public NetworkView getView() {
        return view;
    }

    public int getYear() {
        return year;
    }

    public String hours(int minutes) {
        return TrainingTimes.hours(minutes);
    }

    /** Two decimals: the charter's target is 1.00. */
    public String ratio(double perTenThousand) {
        return String.format(Locale.ROOT, "%.2f", perTenThousand);
    }

    public String unmatched() {
        return view == null ? "" : String.join(", ", view.unmatched().stream().sorted().toList());
    }
}
