import { z } from 'zod';
import { boolField, dateTimeField, intField, stringField } from './wire';

/**
 * The Acumatica records the sync reads, as the KensiumCommerce endpoint returns them, unwrapped into plain
 * typed values. Only the fields the sync uses are read; Acumatica sends more.
 */
export const siteAssociationSchema = z.looseObject({
  id: z.string().optional(),
  ConfigSite: stringField,
  Active: boolField,
  ConnectorType: stringField,
  CommerceReferenceID: stringField,
});

/** A row of SiteAssociationRecord: a site association with the record it belongs to (RefNoteID, the record's id) and its customer. */
export const siteAssociationRecordSchema = siteAssociationSchema.extend({
  RefNoteID: stringField,
  CustomerID: stringField,
});

export const addressSchema = z.looseObject({
  AddressLine1: stringField,
  AddressLine2: stringField,
  City: stringField,
  State: stringField,
  PostalCode: stringField,
  Country: stringField,
});

const contactInfoSchema = z.looseObject({
  Attention: stringField,
  DisplayName: stringField,
  Email: stringField,
  Phone1: stringField,
  Address: addressSchema.optional(),
});

const siteAssociations = z
  .array(siteAssociationSchema)
  .nullish()
  .transform((rows) => rows ?? []);

export const customerSchema = z.looseObject({
  id: z.string().optional(),
  CustomerID: stringField.pipe(z.string({ message: 'expected CustomerID' })),
  CustomerName: stringField,
  CustomerClass: stringField,
  Status: stringField,
  PriceClassID: stringField,
  PrimaryContactID: intField,
  LastModifiedDateTime: dateTimeField,
  MainContact: contactInfoSchema.optional(),
  CustomerType: stringField,
  KensiumCommerceEnabled: boolField,
  SiteAssociations: siteAssociations,
});

export const contactSchema = z.looseObject({
  id: z.string().optional(),
  ContactID: intField.pipe(z.number({ message: 'expected ContactID' })),
  BusinessAccount: stringField,
  Active: boolField,
  FirstName: stringField,
  LastName: stringField,
  DisplayName: stringField,
  Email: stringField,
  Phone1: stringField,
  JobTitle: stringField,
  LastModifiedDateTime: dateTimeField,
  KensiumCommerceEnabled: boolField,
  SiteAssociations: siteAssociations,
});

export const locationSchema = z.looseObject({
  id: z.string().optional(),
  Customer: stringField,
  LocationID: stringField.pipe(z.string({ message: 'expected LocationID' })),
  LocationName: stringField,
  Active: boolField,
  Default: boolField,
  LastModifiedDateTime: dateTimeField,
  LocationContact: contactInfoSchema.optional(),
  SiteAssociations: siteAssociations,
});

export const customerClassSchema = z.looseObject({
  ClassID: stringField.pipe(z.string()),
  Description: stringField,
});

export const connectorConfigurationSchema = z.looseObject({
  ConnectorID: stringField.pipe(z.string()),
  Name: stringField,
  Active: boolField,
  ConfigSite: stringField,
  ConnectorType: stringField,
  /** Allowed customer classes, comma-separated; empty means all. */
  CustomerClasses: stringField,
  IncludeLocations: boolField,
  IncludeContacts: boolField,
});

export type SiteAssociation = z.output<typeof siteAssociationSchema>;
export type SiteAssociationRecord = z.output<typeof siteAssociationRecordSchema>;
export type Address = z.output<typeof addressSchema>;
export type Customer = z.output<typeof customerSchema>;
export type Contact = z.output<typeof contactSchema>;
export type CustomerLocation = z.output<typeof locationSchema>;
export type CustomerClass = z.output<typeof customerClassSchema>;
export type ConnectorConfiguration = z.output<typeof connectorConfigurationSchema>;
