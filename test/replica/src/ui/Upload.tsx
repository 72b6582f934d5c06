import { useRef } from 'react';
import { usePrefixed } from './prefix';

interface UploadProps {
  /** Names of the chosen files. */
  files: string[];
  onChange(files: string[]): void;
  multiple?: boolean;
  accept?: string;
}

/**
 * tea Upload: a hidden file input before the trigger. React only sees a *bubbling* change event on it, so a file set
 * through DataTransfer counts only with `new Event('change', { bubbles: true })`.
 */
export function Upload({ files, onChange, multiple, accept = 'image/jpeg,image/png' }: UploadProps) {
  const p = usePrefixed();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <span>
        <input
          ref={input}
          accept={accept}
          type="file"
          multiple={multiple}
          style={{ display: 'none' }}
          autoComplete="off"
          tabIndex={-1}
          onChange={(event) => onChange(Array.from(event.currentTarget.files ?? [], (file) => file.name))}
        />
        <span>
          <button type="button" className={p('btn', 'btn--weak')} onClick={() => input.current?.click()}>
            上传
          </button>
        </span>
      </span>
      {files.length > 0 && (
        <ul className={p('upload__file-list')}>
          {files.map((file) => (
            <li key={file} className={p('upload__file')}>
              {file}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
