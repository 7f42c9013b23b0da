package be.epn.campus.placement.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.epn.campus.placement.engine.Estimate;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;

/**
 * The outcome of a calibration: one {@link ItemCalibration} per item of the bank (in the bank's order), the
 * problems found, and the calibrated bank. Nothing is applied: the caller decides whether to save the new
 * parameters.
 */
public final class Calibration {

    private final Map<String, ItemCalibration> items;
    private final Map<String, Estimate> populations;
    private final int placements;
    private final int ignoredAnswers;
    private final int rounds;

    Calibration(List<ItemCalibration> items, Map<String, Estimate> populations, int placements, int ignoredAnswers,
                int rounds) {
        Map<String, ItemCalibration> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.itemId(), item));
        this.items = java.util.Collections.unmodifiableMap(byId);
        this.populations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(populations));
        this.placements = placements;
        this.ignoredAnswers = ignoredAnswers;
        this.rounds = rounds;
    }

    /** Every item of the bank, area by area in the bank's order. */
    public List<ItemCalibration> items() {
        return List.copyOf(items.values());
    }

    public Optional<ItemCalibration> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** All problems, item by item in the order of {@link #items()}. */
    public List<ItemProblem> problems() {
        return items.values().stream().flatMap(item -> item.problems().stream()).toList();
    }

    /** The bank with the new parameters of the re-estimated items; the other items unchanged. */
    public ItemBank calibratedBank() {
        return ItemBank.of(items.values().stream()
                .map(c -> new Item(c.item().id(), c.item().competence(), c.item().area(), c.item().level(), c.after()))
                .toList());
    }

    /**
     * The estimated ability distribution (mean, SD) of the placements in each area, on the calibrated scale: a
     * candidate for the engine's prior once enough real placements exist.
     */
    public Map<String, Estimate> populations() {
        return populations;
    }

    /** The number of placements given. */
    public int placements() {
        return placements;
    }

    /** Answers ignored: to items not in the bank, or a second answer to the same item in one placement. */
    public int ignoredAnswers() {
        return ignoredAnswers;
    }

    /** The EM rounds run: fewer than the settings allow when the parameters stopped moving. */
    public int rounds() {
        return rounds;
    }
}
