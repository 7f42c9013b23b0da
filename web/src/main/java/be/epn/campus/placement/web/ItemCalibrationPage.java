package be.epn.campus.placement.web;

import be.epn.campus.placement.calibration.Calibration;
import be.epn.campus.placement.calibration.ItemCalibration;
import be.epn.campus.placement.calibration.ItemProblem;
import be.epn.campus.placement.service.ItemCalibrations;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The coordinator's calibration of the placement items ({@code /admin/placement-items.xhtml}): check what a
 * calibration from the answers so far would change and which items misbehave, then save the new parameters.
 */
@Named
@ViewScoped
public class ItemCalibrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ItemCalibrations calibrations;

    private Summary summary;
    private List<Line> lines = List.of();
    private boolean applied;

    public void review() {
        Actions.get(calibrations::review).ifPresent(c -> show(c, false));
    }

    public void apply() {
        Actions.get(calibrations::apply).ifPresent(c -> {
            show(c, true);
            Messages.addGlobalInfo(String.format(word("calibration.applied"), summary.reestimated()));
        });
    }

    private void show(Calibration calibration, boolean saved) {
        applied = saved;
        List<ItemCalibration> items = calibration.items();
        summary = new Summary(calibration.placements(), (int) items.stream().filter(ItemCalibration::reestimated).count(),
                (int) items.stream().filter(i -> !i.problems().isEmpty()).count(), items.size());
        lines = items.stream()
                .filter(i -> i.reestimated() || !i.problems().isEmpty())
                .sorted(Comparator.comparing((ItemCalibration i) -> i.problems().isEmpty()).thenComparing(ItemCalibration::itemId))
                .map(ItemCalibrationPage::line).toList();
    }

    private static Line line(ItemCalibration i) {
        return new Line(i.itemId(), i.item().competence(), i.item().level(), i.answers(), percent(i.shareRight()),
                number(i.restCorrelation()), number(i.infit()), number(i.outfit()),
                number(i.before().discrimination()) + " → " + number(i.after().discrimination()),
                number(i.before().difficulty()) + " → " + number(i.after().difficulty()),
                i.problems().stream().map(ItemProblem::code).map(Enum::name).distinct().toList());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String word(String key) {
        return Faces.getResourceBundle("ad").getString(key);
    }

    /** The figures above the table. */
    public record Summary(int placements, int reestimated, int withProblems, int items) implements Serializable {
    }

    /** One item of the report; {@code problems} are codes, translated by the page. */
    public record Line(String item, String competence, int level, int answers, String shareRight, String restCorrelation,
                       String infit, String outfit, String discrimination, String difficulty, List<String> problems)
            implements Serializable {
    }

    public Summary getSummary() {
        return summary;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isApplied() {
        return applied;
    }
}
