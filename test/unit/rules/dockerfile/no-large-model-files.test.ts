import { testRule } from '../../ruleTester';

testRule('dockerfile/no-large-model-files', {
  valid: [
    'FROM python:3.12\nCOPY app.py requirements.txt ./\n',
    'FROM alpine\nCOPY bin/ /usr/local/bin/\n',
    'FROM alpine\nCOPY firmware.bin /lib/firmware/\n',
    'FROM alpine\nRUN wget -q https://example.com/tool.tar.gz && tar xzf tool.tar.gz\n',
    'FROM pytorch/pytorch AS train\nFROM python:3.12\nCOPY --from=train /out/model.pt /models/\n',
  ],
  invalid: [
    { code: 'FROM python:3.12\nCOPY models/llama-7b.gguf /models/\n', errors: [{ line: 2, text: 'models/llama-7b.gguf', message: /looks like model weights/, output: null }] },
    { code: 'FROM python:3.12\nCOPY model.safetensors pytorch_model.bin ./\nADD weights/ /weights/\n', errors: [{ line: 2, text: 'model.safetensors' }, { line: 2, text: 'pytorch_model.bin' }, { line: 3, text: 'weights/' }] },
    { code: 'FROM python:3.12\nCOPY *.bin *.onnx /models/\n', errors: [{ line: 2, text: '*.bin' }, { line: 2, text: '*.onnx' }] },
    {
      code: 'FROM python:3.12\nRUN huggingface-cli download TheBloke/Llama-2-7B-GGUF --local-dir /models\nRUN wget -q https://example.com/yolov8n.onnx -O /app/model.onnx \\\n && echo done\n',
      errors: [{ line: 2, text: 'huggingface-cli download', message: /downloads model weights into an image layer/ }, { line: 3, text: 'https://example.com/yolov8n.onnx' }],
    },
  ],
});
