package be.epn.campus.placement.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An immutable set of items, indexed by id, area and competence, in the order they were given. */
public final class ItemBank {

    private final Map<String, Item> byId;
    private final Map<String, List<Item>> byArea;
    private final Map<String, List<String>> competencesByArea;

    private ItemBank(Collection<Item> items) {
        Map<String, Item> ids = new LinkedHashMap<>();
        for (Item item : items) {
            if (ids.putIfAbsent(item.id(), item) != null) {
                throw new IllegalArgumentException("two items with id " + item.id());
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an item bank needs items");
        }
        byId = Map.copyOf(ids);
        Map<String, List<Item>> areas = ids.values().stream()
                .collect(Collectors.groupingBy(Item::area, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        byArea = unmodifiableOrdered(areas);
        Map<String, List<String>> competences = new LinkedHashMap<>();
        areas.forEach((area, list) -> competences.put(area,
                list.stream().map(Item::competence).distinct().sorted().toList()));
        competencesByArea = unmodifiableOrdered(competences);
    }

    public static ItemBank of(Collection<Item> items) {
        return new ItemBank(items);
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The areas, in the order of their first item. */
    public List<String> areas() {
        return List.copyOf(byArea.keySet());
    }

    public List<Item> items(String area) {
        return byArea.getOrDefault(area, List.of());
    }

    /** The competence codes of an area, sorted. */
    public List<String> competences(String area) {
        return competencesByArea.getOrDefault(area, List.of());
    }

    public int size() {
        return byId.size();
    }

    private static <V> Map<String, V> unmodifiableOrdered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
