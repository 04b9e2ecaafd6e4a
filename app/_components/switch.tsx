import './switch.css';

interface Props {
  checked: boolean;
  /** Id of the element holding the visible name, so the switch is called exactly what it shows. */
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
  onToggle: (next: boolean) => void;
}

export function Switch({ checked, labelledBy, describedBy, disabled, onToggle }: Props) {
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      // Not `disabled`: a switch is disabled while its own change is on its way, and a disabled
      // button drops the keyboard's focus.
      aria-disabled={disabled || undefined}
      onClick={() => !disabled && onToggle(!checked)}
    >
      <span className="switch-knob" aria-hidden="true" />
    </button>
  );
}
