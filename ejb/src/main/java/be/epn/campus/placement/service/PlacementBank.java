package be.epn.campus.placement.service;

import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.model.CalibratedItem;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.source.EngineItems;
import be.epn.campus.placement.source.ItemBankReader;
import be.epn.campus.placement.source.ItemDefinition;
import be.epn.campus.platform.curricula.CurriculaLocation;
import be.epn.campus.platform.curricula.CurriculumFile;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The placement item bank in memory: the items of {@code curricula/items/} (wording, answer key, pictures) and
 * the engine's view of them, with the parameters calibration stored in the database in place of the files'.
 * Read once, on first use, and again after a calibration; every placement of the running server shares it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlacementBank {

    /** The framework whose competences the placement measures. */
    public static final String FRAMEWORK = "digcomp-2.2";
    private static final Logger LOG = Logger.getLogger(PlacementBank.class.getName());

    @Inject
    CurriculaLocation location;

    @Inject
    PlacementRepository placements;

    private volatile Loaded loaded;

    /** What one reading of the bank holds; replaced whole, never changed, so readers need no lock. */
    record Loaded(Map<String, ItemDefinition> definitions, ItemBank engine, Map<String, CurriculumFile> pictures) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ItemBank engine() {
        return loaded().engine();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ItemDefinition> definition(String itemKey) {
        return Optional.ofNullable(loaded().definitions().get(itemKey));
    }

    /** A picture of the bank (hotspot items), by its path relative to the framework's items folder. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CurriculumFile> picture(String path) {
        return Optional.ofNullable(loaded().pictures().get(path));
    }

    /** Reads the files and the calibrated parameters again (after a calibration). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void reload() {
        loaded = read();
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = read();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded read() {
        List<CurriculumFile> files = location.tree().files(ItemBankReader.FOLDER);
        be.epn.campus.placement.source.ItemBank source = new ItemBankReader().read(files);
        List<ItemDefinition> items = source.items().stream().filter(i -> i.framework().equals(FRAMEWORK)).toList();
        Map<String, CalibratedItem> calibrated = new HashMap<>();
        placements.calibratedItems().forEach(c -> calibrated.put(c.getItemKey(), c));
        Map<String, ItemDefinition> definitions = new HashMap<>();
        items.forEach(i -> definitions.put(i.id(), i));
        ItemBank fromFiles = EngineItems.engineBank(source, FRAMEWORK);
        List<Item> engineItems = fromFiles.areas().stream().flatMap(area -> fromFiles.items(area).stream())
                .map(item -> calibrated(item, calibrated.get(item.id()))).toList();
        String prefix = ItemBankReader.FOLDER + "/" + FRAMEWORK + "/";
        Map<String, CurriculumFile> pictures = new HashMap<>();
        files.stream().filter(f -> f.name().startsWith(prefix) && !f.name().endsWith(".json"))
                .forEach(f -> pictures.put(f.name().substring(prefix.length()), f));
        LOG.info(() -> "Placement item bank: " + items.size() + " items, " + calibrated.size() + " calibrated");
        return new Loaded(Map.copyOf(definitions), ItemBank.of(engineItems), Map.copyOf(pictures));
    }

    /** The item with the parameters calibration gave it, if any; else as its file says. */
    private static Item calibrated(Item item, CalibratedItem calibrated) {
        if (calibrated == null) {
            return item;
        }
        return new Item(item.id(), item.competence(), item.area(), item.level(), new ItemParameters(
                calibrated.getDiscrimination(), calibrated.getDifficulty(), calibrated.getGuessing()));
    }
}
