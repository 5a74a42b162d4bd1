import { escapeXml } from './svgText';

/** Hatch patterns for a composed SVG (hatched legend keys and "not disclosed" marks), one per colour. */
export class HatchDefs {
  private readonly ids = new Map<string, string>();

  /** `url(#…)` of a hatch in this colour, made on first use. */
  fill(color: string): string {
    let id = this.ids.get(color);
    if (!id) {
      id = `export-hatch-${this.ids.size}`;
      this.ids.set(color, id);
    }
    return `url(#${id})`;
  }

  markup(): string {
    if (!this.ids.size) return '';
    const patterns = [...this.ids].map(
      ([color, id]) =>
        `<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="5" fill="${escapeXml(color)}"/></pattern>`,
    );
    return `<defs>${patterns.join('')}</defs>`;
  }
}
