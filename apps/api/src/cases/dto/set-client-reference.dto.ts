import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { ClientReferenceProperty, ClientReferenceRules } from './client-reference';

/** `PUT /cases/:id/client-reference`: the admin or the case's coach enters, corrects or removes it. */
export class SetClientReferenceDto {
  @ClientReferenceProperty(true)
  @ValidateIf((body: SetClientReferenceDto) => body.clientReference !== null)
  @ClientReferenceRules()
  clientReference!: string | null;

  @ApiProperty({ description: 'The version of the case you read; a stale version gets 409' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  @Max(2_147_483_647, { message: 'version is out of range' })
  version!: number;
}
