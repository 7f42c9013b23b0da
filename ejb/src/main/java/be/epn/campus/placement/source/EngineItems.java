package be.epn.campus.placement.source;

import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import java.util.List;

/**
 * The item bank of the files as the placement engine sees it: one engine {@link Item} per item of a framework,
 * with its competence, its level and its 3PL parameters, without the wording (the engine needs only whether an
 * answer was right). The server and the simulation benchmark build the engine's bank the same way, here.
 */
public final class EngineItems {

    private EngineItems() {
    }

    /**
     * The items of {@code framework}, in the order of the files; each item's area is the part of its competence
     * code before the dot ("1.2" is in area "1"), as the engine measures one ability per area.
     *
     * @throws IllegalArgumentException when the source has no item of that framework: an empty placement would
     *                                  place nobody
     */
    public static ItemBank engineBank(be.epn.campus.placement.source.ItemBank source, String framework) {
        List<Item> items = source.items().stream()
                .filter(item -> item.framework().equals(framework))
                .map(EngineItems::engineItem)
                .toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the item bank has no item of framework " + framework);
        }
        return ItemBank.of(items);
    }

    static Item engineItem(ItemDefinition item) {
        ItemParameters p = item.parameters();
        return Item.of(item.id(), item.competence(), item.level(),
                new be.epn.campus.placement.engine.ItemParameters(p.discrimination(), p.difficulty(), p.guessing()));
    }
}
