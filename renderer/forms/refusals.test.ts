import { describe, expect, it } from 'vitest';
import { DomainError, invalid } from '../../shared/errors';
import { fieldsNamed, refusalToForm } from './refusals';

describe('refusals on forms', () => {
  it('puts a nested bill-of-material field on the form field that shows it', () => {
    const refusal = refusalToForm(invalid('line.qty', 'must be a whole number above 0'), fieldsNamed(['sku', 'qty', 'status'], 'line.'));
    expect(refusal).toEqual({ fields: { qty: 'line qty must be a whole number above 0' } });
  });

  it('keeps every field of a refusal with several issues', () => {
    const error = new DomainError('invalid', 'sku must not be empty', 'sku', [
      { field: 'sku', message: 'sku must not be empty' },
      { field: 'unit', message: 'unit must start with a letter' },
    ]);
    expect(refusalToForm(error, fieldsNamed(['sku', 'unit'])).fields).toEqual({ sku: 'sku must not be empty', unit: 'unit must start with a letter' });
  });

  it('shows a refusal for a field the form does not have at the top of the form', () => {
    expect(refusalToForm(invalid('id', 'must be a record id'), fieldsNamed(['sku']))).toEqual({ fields: {}, form: 'id must be a record id' });
    expect(refusalToForm(new Error('network down'), fieldsNamed(['sku']))).toEqual({ fields: {}, form: 'network down' });
  });
});
