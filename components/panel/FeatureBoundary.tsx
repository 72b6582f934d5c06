import { Component, type ReactNode } from 'react';

interface Props {
  /** The feature's name as the user sees it (a tab title). */
  feature: string;
  children: ReactNode;
}

/**
 * Keeps one feature's failure inside its own box: the rest of the panel goes on working, and the user reads in Chinese
 * what is unavailable and why instead of a blank frame.
 */
export class FeatureBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="bh-notice bh-error" role="alert">
        <p>「{this.props.feature}」暂时不可用：{error.message || '未知错误'}</p>
        <p className="bh-weak">面板的其他功能不受影响。可以刷新页面重试；如果一直出现，请把这段文字反馈给我们。</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          重试
        </button>
      </div>
    );
  }
}
