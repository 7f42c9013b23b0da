package be.epn.campus.placement.service;

import be.epn.campus.placement.engine.AreaResult;
import be.epn.campus.placement.engine.CompetenceResult;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.Placement;
import be.epn.campus.placement.engine.Result;
import be.epn.campus.placement.engine.Settings;
import be.epn.campus.placement.model.PlacementAnswer;
import be.epn.campus.placement.model.PlacementLevel;
import be.epn.campus.placement.model.PlacementSession;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds what pages and the API show of a placement: the running engine's estimates, or the saved levels. */
final class PlacementViews {

    private PlacementViews() {
    }

    /**
     * @param engine the replayed engine while the placement runs; null once it is finished (the saved levels
     *               are then shown, so that a later calibration does not change a result already given)
     */
    static PlacementState of(PlacementSession p, Placement engine, PlacementBank bank, Settings settings, boolean assisted,
                             LocalDateTime now) {
        List<PlacementState.Level> areas;
        List<PlacementState.Level> competences;
        PlacementState.CurrentItem current = null;
        if (engine != null) {
            Result result = engine.result();
            Set<String> helped = helpedCodes(p, bank);
            areas = result.areas().stream().map(a -> level(a, helped)).toList();
            competences = result.competences().stream().map(c -> level(c, helped)).toList();
            Item next = engine.next(p.elapsedAt(now)).orElse(null);
            if (next != null) {
                current = new PlacementState.CurrentItem(next.id(), next.competence(),
                        bank.definition(next.id()).orElseThrow().question(), p.getAnswers().size() + 1);
            }
        } else {
            areas = saved(p, PlacementLevel.Scope.AREA);
            competences = saved(p, PlacementLevel.Scope.COMPETENCE);
        }
        boolean starter = PlacementFinish.STARTER.equals(p.getStopReason());
        return new PlacementState(p.getId(), p.getPerson().getUuid(), p.getPerson().getGivenName(), !p.isOpen(), starter,
                p.getAnswers().size(), settings.maxItems(), p.isOpen() ? p.elapsedAt(now) : p.elapsed(),
                settings.timeBudget(), current, assisted, false, p.getStartedAt(),
                p.getStartedEpn() == null ? null : p.getStartedEpn().getName(), p.getFinishedAt(),
                p.getFinishedEpn() == null ? null : p.getFinishedEpn().getName(), areas, competences);
    }

    /** The areas and competences in which at least one answer was given with an animateur's help. */
    static Set<String> helpedCodes(PlacementSession p, PlacementBank bank) {
        Set<String> codes = new HashSet<>();
        for (PlacementAnswer answer : p.getAnswers()) {
            if (answer.withHelp()) {
                bank.engine().item(answer.getItemKey()).ifPresent(item -> {
                    codes.add(item.area());
                    codes.add(item.competence());
                });
            }
        }
        return codes;
    }

    private static PlacementState.Level level(AreaResult a, Set<String> helped) {
        return new PlacementState.Level(a.area(), a.level(), a.ability().sd(), a.levelProbability(), a.itemsAsked(),
                helped.contains(a.area()));
    }

    private static PlacementState.Level level(CompetenceResult c, Set<String> helped) {
        return new PlacementState.Level(c.competence(), c.level(), c.ability().sd(), c.levelProbability(), c.itemsAsked(),
                helped.contains(c.competence()));
    }

    private static List<PlacementState.Level> saved(PlacementSession p, PlacementLevel.Scope scope) {
        return p.getLevels().stream().filter(l -> l.getScope() == scope)
                .map(l -> new PlacementState.Level(l.getCode(), l.getLevel(), l.getUncertainty(), l.getProbability(),
                        l.getItemsAsked(), l.isWithHelp()))
                .toList();
    }
}
