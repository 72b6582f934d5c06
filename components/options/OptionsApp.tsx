/** The options page: the full profile editor, batch name checks, the filing-type advisor and settings. */
export function OptionsApp() {
  return (
    <div className="bh-options">
      <header className="bh-header">
        <h1>备案助手 · 档案与设置</h1>
      </header>
    </div>
  );
}
