package be.epn.campus.placement.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.epn.campus.placement.engine.Answer;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;

/**
 * The answers indexed for the EM passes: items numbered in the bank's order, and each placement split into its
 * areas, since each area has its own ability.
 */
final class Responses {

    /** The answers of one placement in one area. */
    record AreaAnswers(String area, int[] items, boolean[] correct) {
    }

    final List<Item> items;
    final List<AreaAnswers> groups = new ArrayList<>();
    final int[] answers;
    final int[] right;
    final int ignored;

    Responses(ItemBank bank, List<PlacementAnswers> placements) {
        items = bank.areas().stream().flatMap(area -> bank.items(area).stream()).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
        answers = new int[items.size()];
        right = new int[items.size()];
        int skipped = 0;
        for (PlacementAnswers placement : placements) {
            Set<String> seen = new HashSet<>();
            Map<String, List<Answer>> byArea = new LinkedHashMap<>();
            for (Answer answer : placement.answers()) {
                Integer i = index.get(answer.itemId());
                if (i == null || !seen.add(answer.itemId())) {
                    skipped++;
                    continue;
                }
                answers[i]++;
                right[i] += answer.correct() ? 1 : 0;
                byArea.computeIfAbsent(items.get(i).area(), a -> new ArrayList<>()).add(answer);
            }
            byArea.forEach((area, list) -> groups.add(group(area, list, index)));
        }
        ignored = skipped;
    }

    private static AreaAnswers group(String area, List<Answer> list, Map<String, Integer> index) {
        int[] itemIndex = new int[list.size()];
        boolean[] correct = new boolean[list.size()];
        for (int j = 0; j < list.size(); j++) {
            itemIndex[j] = index.get(list.get(j).itemId());
            correct[j] = list.get(j).correct();
        }
        return new AreaAnswers(area, itemIndex, correct);
    }
}
