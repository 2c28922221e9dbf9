package dev.penny.intents.encoder;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The input names an ONNX transformer declares. Exports differ: some take {@code token_type_ids}, some do not, and
 * the order varies, so the names are read from the model rather than assumed.
 */
record ModelInputs(List<String> names) {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";

    static ModelInputs of(Model model) {
        PairList<String, Shape> described = model.getBlock().describeInput();
        List<String> names = described.keys();
        for (String name : names) {
            if (!name.equals(INPUT_IDS) && !name.equals(ATTENTION_MASK) && !name.equals(TOKEN_TYPE_IDS)) {
                throw new EncoderModelException("Model '" + model.getName() + "' has an input '" + name
                        + "' that a sentence encoder cannot fill; expected some of " + INPUT_IDS + ", "
                        + ATTENTION_MASK + ", " + TOKEN_TYPE_IDS);
            }
        }
        if (!names.contains(INPUT_IDS)) {
            throw new EncoderModelException("Model '" + model.getName() + "' has no " + INPUT_IDS
                    + " input, so it is not a transformer text encoder (inputs: " + names + ")");
        }
        return new ModelInputs(List.copyOf(names));
    }
}
