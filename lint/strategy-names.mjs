/**
 * A strategy is a port: outside its own folder (lib/strategies/<name>/) no code branches on a
 * strategy's name. This rule finds a name (v1, v2, …) spoken as a value to branch or enumerate
 * on — compared with, switched on, listed, keyed by or read as a field — and points at the
 * catalog and registry instead. An event's `type` is its own vocabulary and may share a name
 * (V1's decision event is `v1`), so comparing or switching on a `.type` is left alone.
 */
const strategyName = /^v\d+$/;
const message =
  "a strategy's name is spoken only in its own module (lib/strategies/<name>/): ask its card or its port, or list them from the catalog";

const isName = (node) => node?.type === 'Literal' && typeof node.value === 'string' && strategyName.test(node.value);
const isTypeField = (node) => node?.type === 'MemberExpression' && !node.computed && node.property.name === 'type';

export const noStrategyName = {
  meta: { type: 'problem', docs: { description: message }, schema: [] },
  create(context) {
    const report = (node) => context.report({ node, message });
    return {
      BinaryExpression(node) {
        if (!['==', '===', '!=', '!=='].includes(node.operator)) return;
        if (isName(node.left) && !isTypeField(node.right)) report(node.left);
        if (isName(node.right) && !isTypeField(node.left)) report(node.right);
      },
      SwitchCase(node) {
        if (isName(node.test) && !isTypeField(node.parent.discriminant)) report(node.test);
      },
      ArrayExpression(node) {
        for (const element of node.elements) if (isName(element)) report(element);
      },
      Property(node) {
        if (node.parent.type !== 'ObjectExpression' || node.computed) return;
        if (isName(node.key) || (node.key.type === 'Identifier' && strategyName.test(node.key.name))) report(node.key);
      },
      MemberExpression(node) {
        if (node.computed ? isName(node.property) : strategyName.test(node.property.name)) report(node.property);
      },
    };
  },
};

export const strategyNamesPlugin = { rules: { 'no-strategy-name': noStrategyName } };
