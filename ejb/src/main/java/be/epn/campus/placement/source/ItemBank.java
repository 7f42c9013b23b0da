package be.epn.campus.placement.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every item of {@code curricula/items/}, in file order then in the order of each file. */
public record ItemBank(List<ItemDefinition> items) {

    public ItemBank {
        items = List.copyOf(items);
    }

    /** The items of one framework's competences, by competence code, in code order. */
    public Map<String, List<ItemDefinition>> byCompetence(String framework) {
        return items.stream().filter(i -> i.framework().equals(framework))
                .collect(Collectors.groupingBy(ItemDefinition::competence, TreeMap::new, Collectors.toList()));
    }
}
