package dev.penny.intents.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.Arrays;

/**
 * Pads a batch of token encodings to its longest, feeds it to the model and pools the output into unit vectors.
 * Padding positions carry id 0 ({@code [PAD]} in BERT vocabularies) and a zero attention mask, so no real token
 * attends to them and pooling skips them.
 */
final class TokenBatchTranslator implements NoBatchifyTranslator<Encoding[], float[][]> {

    private static final String MASKS = "masks";

    private final ModelInputs inputs;
    private final Pooling pooling;

    TokenBatchTranslator(ModelInputs inputs, Pooling pooling) {
        this.inputs = inputs;
        this.pooling = pooling;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Encoding[] batch) {
        int tokens = 0;
        for (Encoding encoding : batch) {
            tokens = Math.max(tokens, encoding.getIds().length);
        }
        long[] ids = new long[batch.length * tokens];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        long[][] masks = new long[batch.length][];
        for (int row = 0; row < batch.length; row++) {
            int length = batch[row].getIds().length;
            System.arraycopy(batch[row].getIds(), 0, ids, row * tokens, length);
            System.arraycopy(batch[row].getAttentionMask(), 0, mask, row * tokens, length);
            System.arraycopy(batch[row].getTypeIds(), 0, types, row * tokens, length);
            masks[row] = Arrays.copyOf(batch[row].getAttentionMask(), tokens);
        }
        ctx.setAttachment(MASKS, masks);
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(batch.length, tokens);
        NDList list = new NDList(inputs.names().size());
        for (String name : inputs.names()) {
            long[] data = switch (name) {
                case ModelInputs.INPUT_IDS -> ids;
                case ModelInputs.ATTENTION_MASK -> mask;
                default -> types;
            };
            NDArray array = manager.create(data, shape);
            array.setName(name);
            list.add(array);
        }
        return list;
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList output) {
        long[][] masks = (long[][]) ctx.getAttachment(MASKS);
        NDArray hidden = output.get(0);
        Shape shape = hidden.getShape();
        float[] flat = hidden.toFloatArray();
        float[][] pooled = new float[masks.length][];
        if (shape.dimension() == 2) {
            // the export already pools (a "sentence_embedding" output): only normalise
            int dim = (int) shape.get(1);
            for (int row = 0; row < pooled.length; row++) {
                float[] v = new float[dim];
                System.arraycopy(flat, row * dim, v, 0, dim);
                pooled[row] = Pooling.normalise(v);
            }
            return pooled;
        }
        int tokens = (int) shape.get(1);
        int dim = (int) shape.get(2);
        for (int row = 0; row < pooled.length; row++) {
            pooled[row] = pooling.pool(flat, row, tokens, dim, masks[row]);
        }
        return pooled;
    }
}
