import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AdminController } from './admin.controller';
import { AdminPeopleService } from './admin-people.service';
import { AdminService } from './admin.service';

// AdminService is exported for `npm run admin:create` (the first admin, created as every account is).
@Module({
  imports: [CasesModule],
  controllers: [AdminController],
  providers: [AdminService, AdminPeopleService],
  exports: [AdminService],
})
export class AdminModule {}
