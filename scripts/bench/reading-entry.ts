// Bundled by reading.ts into the page's isolated world: the console adapter alone, as the filing app's part runs it.
import { createConsoleController } from '@/utils/console/controller';

(globalThis as { __beianReading?: () => ReturnType<typeof createConsoleController> }).__beianReading = () => createConsoleController(document);
