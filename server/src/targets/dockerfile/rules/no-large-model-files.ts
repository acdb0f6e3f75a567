import { argumentsAfterFlags, argumentsText, byKeyword, copySources, flagNamed, instructionText } from '../instructions';
import { rangeAt } from '../../../text/ranges';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const MODEL_FILE = /\.(?:pt|pth|onnx|safetensors|ckpt|h5|hdf5|gguf|ggml|tflite|pb|joblib|pkl|pickle|npy|npz|parquet|bin)$/i;
const MODEL_DIR = /(^|\/)(models?|checkpoints|weights|datasets?)\/?$/i;
const MODEL_WORDS = /model|weight|pytorch|ggml|checkpoint|llm/i;
/** Build steps that download weights into a layer. */
const DOWNLOAD = /\b(?:huggingface-cli|hf)\s+download\b|\bsnapshot_download\b|\b(?:curl|wget)\b[^&;|\n]*?(https?:\/\/\S+?\.(?:safetensors|gguf|onnx|pt|pth|ckpt|h5|tflite))(?=["'\s]|$)/g;

export default defineDockerfileRule({
  id: 'dockerfile/no-large-model-files',
  aliases: [],
  severity: 'info',
  questions: ['q284'],
  subject: ['model', 'weights'],
  summary: 'Model weights and data sets should be mounted or downloaded at run time, not baked into the image.',
  docs: {
    why:
      'Multi-gigabyte weights make every pull, push and rebuild slow, and a new model version means a new image. ' +
      'Mount them from a volume (or fetch them at start-up into a cache volume) and keep the image for the code.',
    bad: 'COPY models/llama-7b.gguf /models/',
    good: '# docker run -v /srv/models:/models:ro …\nENV MODEL_PATH=/models/llama-7b.gguf',
  },
  *check({ document, dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'RUN', 'COPY', 'ADD')) {
      const keyword = instruction.getKeyword();
      if (keyword === 'RUN' && /download|\b(?:curl|wget)\b/.test(instructionText(document, instruction))) {
        const args = argumentsText(document, instruction, dockerfile.escapeChar);
        for (const match of args?.text.matchAll(DOWNLOAD) ?? []) {
          const token = match[1] ?? match[0];
          yield {
            range: rangeAt(document, (args?.offset ?? 0) + match.index + match[0].lastIndexOf(token), token.length),
            message: `${code(token)} downloads model weights into an image layer; fetch them at run time into a mounted volume instead.`,
          };
        }
        continue;
      }
      if ((keyword !== 'COPY' && keyword !== 'ADD') || flagNamed(instruction, 'from')) continue;
      const destination = argumentsAfterFlags(instruction).at(-1)?.getValue() ?? '';
      for (const source of copySources(instruction)) {
        const path = source.getValue();
        const base = path.replace(/\/+$/, '').split('/').at(-1) ?? '';
        if (!MODEL_FILE.test(base) && !MODEL_DIR.test(path)) continue;
        if (/\.bin$/i.test(base) && !MODEL_WORDS.test(path) && !MODEL_WORDS.test(destination)) continue;
        yield {
          range: source.getRange(),
          message: `${code(path)} looks like model weights or a data set; mount it at run time instead of baking it into every image layer.`,
        };
      }
    }
  },
});
