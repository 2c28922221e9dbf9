package dev.penny.intents.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** Feeds a padded batch of token encodings to the model and pools its output into unit vectors. */
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
        int tokens = batch[0].getIds().length;
        long[] ids = new long[batch.length * tokens];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        long[][] masks = new long[batch.length][];
        for (int row = 0; row < batch.length; row++) {
            System.arraycopy(batch[row].getIds(), 0, ids, row * tokens, tokens);
            System.arraycopy(batch[row].getAttentionMask(), 0, mask, row * tokens, tokens);
            System.arraycopy(batch[row].getTypeIds(), 0, types, row * tokens, tokens);
            masks[row] = batch[row].getAttentionMask();
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
