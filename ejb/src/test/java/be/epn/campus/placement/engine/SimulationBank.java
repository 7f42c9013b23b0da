package be.epn.campus.placement.engine;

import be.epn.campus.placement.source.EngineItems;
import be.epn.campus.placement.source.ItemBankReader;
import be.epn.campus.platform.curricula.CurriculaTree;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The bank of a simulation: the items as the engine is told them, and the true parameters by which the simulated
 * learners answer. The two differ, as a bank calibrated by authors' judgement differs from how people answer.
 *
 * @param description what the bank is, for the printed header
 * @param engine      what the engine sees
 * @param truth       the true parameters, by item id
 */
record SimulationBank(String description, ItemBank engine, Map<String, ItemParameters> truth) {

    static final String FRAMEWORK = "digcomp-2.2";

    SimulationBank {
        truth = Map.copyOf(truth);
    }

    static SimulationBank synthetic(long seed, double calibrationNoise) {
        SyntheticBank bank = SyntheticBank.build(seed, 0.2 * calibrationNoise, 0.3 * calibrationNoise);
        return new SimulationBank("synthetic", bank.engine, bank.truth);
    }

    /**
     * The real bank of {@code curricula/items/}, read and mapped as the server does ({@link EngineItems}). The
     * authors' discriminations are guesses, so the true ones are drawn anew over 0.8-2.0, independently of
     * them (unless {@code calibrationNoise} is 0: then the truth is the files' parameters); the true difficulty is the file's plus N(0, (0.3 x calibrationNoise)^2), as a first calibration
     * would find it; the guessing is the file's (1/k from the item's type unless the file says otherwise).
     *
     * @param curricula the curricula root, e.g. {@code curricula} from the repository's root
     */
    static SimulationBank curricula(Path curricula, long seed, double calibrationNoise) {
        be.epn.campus.placement.source.ItemBank source = new ItemBankReader()
                .read(CurriculaTree.inDirectory(curricula).files(ItemBankReader.FOLDER));
        ItemBank engine = EngineItems.engineBank(source, FRAMEWORK);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, ItemParameters> truth = new HashMap<>();
        for (String area : engine.areas()) {
            for (Item item : engine.items(area)) {
                ItemParameters told = item.parameters();
                if (calibrationNoise == 0) { // the engine's own model: the ceiling of what the bank can do
                    truth.put(item.id(), told);
                    continue;
                }
                truth.put(item.id(), new ItemParameters(0.8 + 1.2 * random.nextDouble(),
                        told.difficulty() + 0.3 * calibrationNoise * random.nextGaussian(), told.guessing()));
            }
        }
        return new SimulationBank("real (" + curricula.resolve(ItemBankReader.FOLDER).resolve(FRAMEWORK) + ")",
                engine, truth);
    }

    /** The bank named by {@code sim.bank}: the real one unless "synthetic". */
    static SimulationBank chosen(long seed, double calibrationNoise) {
        if ("synthetic".equals(System.getProperty("sim.bank", "real"))) {
            return synthetic(seed, calibrationNoise);
        }
        return curricula(Path.of(System.getProperty("campus.curricula.dir", "curricula")), seed, calibrationNoise);
    }
}
