package be.epn.campus.placement.web;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.CompetenceArea;
import be.epn.campus.framework.service.FrameworkCatalog;
import be.epn.campus.placement.service.PlacementBank;
import be.epn.campus.platform.LocalizedText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * What the result pages say about a level: the name of its area or competence, from the framework the
 * placement measures (never a code alone), and how sure it is in plain words ({@link Certainty}).
 */
@Named
@RequestScoped
public class PlacementWords {

    @EJB
    FrameworkCatalog catalog;

    private Map<String, LocalizedText> titles;

    /** The title of an area ("1") or a competence ("1.1"); the code itself when the framework lacks it. */
    public LocalizedText title(String code) {
        if (titles == null) {
            titles = new HashMap<>();
            catalog.framework(PlacementBank.FRAMEWORK).ifPresent(f -> {
                for (CompetenceArea area : f.getAreas()) {
                    titles.put(area.getCode(), area.getTitle());
                }
                for (Competence competence : f.getCompetences()) {
                    titles.put(competence.getCode(), competence.getTitle());
                }
            });
        }
        return titles.getOrDefault(code, LocalizedText.of(code, code, code));
    }

    /** The key suffix of the words for this probability: SURE, FAIRLY_SURE or NOT_SURE_YET. */
    public String certainty(double probability) {
        return Certainty.of(probability).name();
    }

    /** The width of a level's bar, in percent of the eight levels. */
    public int width(int level) {
        return Math.max(4, Math.min(100, level * 100 / 8));
    }
}
